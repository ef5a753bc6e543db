'use client';
import { Checkbox, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Schedule from '@mui/icons-material/Schedule';
import type { Item } from '@/lib/data';

export function ItemTable({ title, items }: { title: string; items: Item[] }) {
  return (
    <Paper sx={{ p: 2, m: 2 }}>
      <Typography variant="h5" gutterBottom>{title}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow><TableCell>Done</TableCell><TableCell>Title</TableCell><TableCell>Due</TableCell><TableCell>Status</TableCell></TableRow>
        </TableHead>
        <TableBody>
          {items.map((it) => (
            <TableRow key={it.id}>
              <TableCell><Checkbox checked={it.done} readOnly /></TableCell>
              <TableCell>{it.title}</TableCell>
              <TableCell>{it.due}</TableCell>
              <TableCell>{it.done ? <Chip icon={<CheckCircle />} label="done" color="success" /> : <Chip icon={<Schedule />} label="open" />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
