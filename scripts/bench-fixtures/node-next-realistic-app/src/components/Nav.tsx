'use client';
import { AppBar, Button, Toolbar, Typography } from '@mui/material';
import Link from 'next/link';
import { SECTIONS } from '@/lib/sections';

export function Nav() {
  return (
    <AppBar position="static">
      <Toolbar>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>Bench</Typography>
        {SECTIONS.map((s) => <Button key={s} color="inherit" component={Link} href={`/${s}`}>{s}</Button>)}
      </Toolbar>
    </AppBar>
  );
}
