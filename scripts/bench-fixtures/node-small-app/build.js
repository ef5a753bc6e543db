// Build step: renders README.md into public/index.html with a devDependency (marked).
const fs = require('node:fs');
const { marked } = require('marked');
fs.mkdirSync('public', { recursive: true });
fs.writeFileSync('public/index.html', marked.parse(fs.readFileSync('README.md', 'utf8')));
console.log('built public/index.html');
