// A child process for the nesting test: reads one page nested DEPTH elements deep and prints the milliseconds it took
// (a small page first, so module loading and warm-up are not counted).
import { htmlToArticle } from '../../src/ingest/html/index.js';

const page = (depth: number) =>
  `<html><head><title>Council budget</title><meta property="article:published_time" content="2024-05-20"></head><body>${'<div>'.repeat(depth)}` +
  '<p>The council approved the new budget on Monday after a long debate about school funding and road repairs.</p>' +
  `<p>Officials said the plan would take effect next month.</p>${'</div>'.repeat(depth)}</body></html>`;

htmlToArticle(page(5));
const started = performance.now();
const article = htmlToArticle(page(Number(process.argv[2])));
process.stdout.write(JSON.stringify({ ms: performance.now() - started, body: article.body }) + '\n');
