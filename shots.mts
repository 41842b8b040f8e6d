import { launchChromium } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const server = await serveStatic('/work/main/dist');
const browser = await launchChromium();
const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const ninh = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
const pages: [string, string][] = (process.argv[2] ?? '').split(',').filter(Boolean).map((p) => [p.replace(/[/?=%]/g, '_'), p]);
const width = Number(process.argv[3] ?? 1280);
for (const [name, path] of pages) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.url}${path.replace('PHUTHO', phuTho).replace('NINH', ninh)}`);
  await page.waitForTimeout(path.includes('search') ? 1500 : 200);
  await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: false });
  await page.close();
}
await browser.close(); await server.close();
