import { describe, expect, test } from 'vitest';
import { isBot, isPrefetch, isReaderPageView } from '@/lib/views/count-rules';

const browsers = {
  'Chrome on Windows': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Safari on iPhone': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Samsung Internet': 'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  'KakaoTalk in-app browser': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.8.5',
  'Naver app': 'Mozilla/5.0 (Linux; Android 14; SM-S911N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.7.1)',
  'Firefox on Linux': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

const bots = {
  Googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Google Inspection Tool': 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 (compatible; Google-InspectionTool/1.0)',
  bingbot: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0 Safari/537.36',
  'Naver Yeti': 'Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)',
  'Daum crawler': 'Mozilla/5.0 (compatible; Daum/4.1; +http://cs.daum.net/faq/15/4118.html?faqId=28966) Daumoa',
  'Kakao link preview': 'Mozilla/5.0 (compatible; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/)',
  'Facebook preview': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Slack preview': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  GPTBot: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
  'Headless Chrome': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  Lighthouse: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 Chrome-Lighthouse',
  curl: 'curl/8.5.0',
  'Python requests': 'python-requests/2.32.3',
  'a feed reader': 'Mozilla/5.0 (compatible; Feedly/1.0; +http://www.feedly.com/fetcher.html)',
  'an empty user agent': '',
};

describe('user agents', () => {
  test.each(Object.entries(browsers))('%s is a reader', (_name, userAgent) => {
    expect(isBot(userAgent)).toBe(false);
  });

  test.each(Object.entries(bots))('%s is not a reader', (_name, userAgent) => {
    expect(isBot(userAgent)).toBe(true);
  });

  test('a request without a user agent is not a reader', () => {
    expect(isBot(null)).toBe(true);
  });
});

describe('prefetches', () => {
  test.each([
    ['Sec-Purpose', 'prefetch'],
    ['Sec-Purpose', 'prefetch;prerender'],
    ['Purpose', 'prefetch'],
    ['X-Moz', 'prefetch'],
    ['Next-Router-Prefetch', '1'],
  ])('a request with %s: %s is a prefetch', (name, value) => {
    expect(isPrefetch(new Headers({ [name]: value }))).toBe(true);
  });

  test('a plain page load is not a prefetch', () => {
    expect(isPrefetch(new Headers({ 'Sec-Fetch-Dest': 'image' }))).toBe(false);
  });
});

function beacon(headers: Record<string, string>) {
  return new Headers({ 'User-Agent': browsers['Chrome on Windows'], ...headers });
}

describe('page views', () => {
  test("a browser's image request from our own page is a reader's page view", () => {
    expect(isReaderPageView(beacon({ 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Dest': 'image' }))).toBe(true);
    expect(isReaderPageView(beacon({}))).toBe(true);
  });

  test('a signed-in newsroom member is not counted', () => {
    expect(isReaderPageView(beacon({ Cookie: 'newsroom_session=abc123' }))).toBe(false);
  });

  test('a preview in draft mode is not counted', () => {
    expect(isReaderPageView(beacon({ Cookie: '__prerender_bypass=xyz' }))).toBe(false);
  });

  test('another site embedding the beacon, or someone typing its address, is not counted', () => {
    expect(isReaderPageView(beacon({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(false);
    expect(isReaderPageView(beacon({ 'Sec-Fetch-Site': 'same-site' }))).toBe(false);
    expect(isReaderPageView(beacon({ 'Sec-Fetch-Site': 'none' }))).toBe(false);
  });

  test('a crawler or a prerender is not counted even from our own page', () => {
    expect(isReaderPageView(beacon({ 'User-Agent': bots.Googlebot, 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
    expect(isReaderPageView(beacon({ 'Sec-Purpose': 'prefetch;prerender', 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
  });
});
