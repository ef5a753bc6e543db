import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Settings from '@mui/icons-material/Settings';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function SettingsPage() {
  const list = items('settings');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Settings /><Typography variant="h6">Settings</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Settings" items={list} />
    </Box>
  );
}
