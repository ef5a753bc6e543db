import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Category from '@mui/icons-material/Category';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function ProductsPage() {
  const list = items('products');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Category /><Typography variant="h6">Products</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Products" items={list} />
    </Box>
  );
}
