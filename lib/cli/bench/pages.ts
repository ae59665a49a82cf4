/**
 * Page figures against the running production build: first-load JavaScript, server time to the
 * full HTML, and Lighthouse (mobile) scores through the system Chromium.
 */
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { percentile } from "./stats";

export interface FirstLoadJs {
  /** Sum of the gzipped sizes of the page's `<script src>` chunks. */
  gzipBytes: number;
  scripts: number;
  /** `noModule` polyfill scripts, which modern browsers skip: not counted. */
  noModuleSkipped: number;
}

/** First-load JavaScript of a page as the browser gets it: its script chunks, gzipped. */
export async function firstLoadJs(
  base: string,
  page: string,
  cookie: string,
): Promise<FirstLoadJs> {
  const response = await fetch(`${base}${page}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
  const html = await response.text();
  const sources = new Set<string>();
  let noModuleSkipped = 0;
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (!src) continue;
    if (/\bnomodule\b/i.test(tag)) noModuleSkipped += 1;
    else sources.add(src.replaceAll("&amp;", "&"));
  }
  const sizes = await Promise.all(
    [...sources].map(async (src) => {
      const chunk = await fetch(new URL(src, base));
      if (!chunk.ok) throw new Error(`${src} answered ${chunk.status}`);
      return gzipSync(Buffer.from(await chunk.arrayBuffer())).length;
    }),
  );
  return {
    gzipBytes: sizes.reduce((sum, size) => sum + size, 0),
    scripts: sources.size,
    noModuleSkipped,
  };
}

/** Median and p95 time to the full HTML of a page, after three unmeasured requests. */
export async function pageServerTime(
  base: string,
  page: string,
  cookie: string,
  runs: number,
): Promise<{ p50Ms: number; p95Ms: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = performance.now();
    const response = await fetch(`${base}${page}`, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    if (i >= 3) samples.push(performance.now() - started);
  }
  return { p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95) };
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

/** Lighthouse's default (mobile: emulated phone, simulated slow 4G) scores, 0–100, of each page. */
export async function lighthouseScores<Page extends { url: string; cookie?: string }>(
  pages: Page[],
): Promise<Array<Page & LighthouseScores>> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const scores: Array<Page & LighthouseScores> = [];
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
      // A lost session would score the sign-in page instead.
      if (new URL(result.lhr.finalDisplayedUrl).pathname !== new URL(page.url).pathname)
        throw new Error(`Lighthouse: ${page.url} ended on ${result.lhr.finalDisplayedUrl}`);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      scores.push({
        ...page,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
