require('dotenv').config();
const fs = require('node:fs');
const app = require('fastify')();
app.register(require('@fastify/cors'));
const page = fs.readFileSync('public/index.html', 'utf8');
app.get('/', async (_req, reply) => reply.type('text/html').send(page));
app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
