/**
 * Web pages for the ingestion benchmark, built from the sample articles: each article's
 * paragraphs inside the furniture of a real news page (navigation, share and subscribe lines,
 * a captioned photo, JSON-LD, related links, a footer), so extraction does its full work.
 */

import type { Article } from "../src/model/article.js";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The page of `article`, published at `url`. */
export function newsPage(article: Article, url: string): string {
  const title = escapeHtml(article.title ?? article.id);
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.replace(/\s+/g, " ").trim())}</p>`)
    .join("\n      ");
  const date = article.date ?? "2022-01-26";
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title ?? article.id,
    datePublished: `${date}T09:00:00Z`,
    publisher: { "@type": "Organization", name: "Bench Gazette" },
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} | Bench Gazette</title>
  <meta property="og:site_name" content="Bench Gazette">
  <link rel="canonical" href="${url}?utm_source=bench">
  <script type="application/ld+json">${jsonLd}</script>
  <style>body { font-family: serif; }</style>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="meta">Posted on ${date}</p>
      <div class="share-bar"><a href="#">Share</a> <a href="#">Email</a></div>
      <figure><img src="/photo.jpg" alt=""><figcaption>A photo caption. Photo: Bench archive</figcaption></figure>
      ${paragraphs}
      <p>Subscribe to our newsletter for the latest news.</p>
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/x">Another story</a></li></ul></aside>
  </main>
  <footer><p>© 2022 Bench Gazette</p></footer>
  <script>window.analytics = { page: "${article.id}" };</script>
</body>
</html>
`;
}

/** An RSS feed that links to every page (no content: each page must be fetched). */
export function pageFeed(urls: readonly string[]): string {
  const items = urls
    .map((url, i) => `<item><title>Story ${i}</title><link>${url}</link><guid>${url}</guid></item>`)
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Bench Gazette</title><link>http://bench.invalid/</link>
${items}
</channel></rss>
`;
}
