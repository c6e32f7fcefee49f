import { crossSiteRefusal } from './same-origin';

const json = { 'content-type': 'application/json', host: 'yukk.example:8080' };

describe('cross-site refusal for state-changing requests', () => {
  it('lets reads through whatever their origin', () => {
    expect(crossSiteRefusal('GET', { origin: 'https://evil.example', host: 'yukk.example:8080' })).toBeUndefined();
  });

  it('lets same-origin JSON writes through, with or without Origin', () => {
    expect(crossSiteRefusal('POST', json)).toBeUndefined();
    expect(crossSiteRefusal('POST', { ...json, origin: 'http://yukk.example:8080', 'sec-fetch-site': 'same-origin' })).toBeUndefined();
    expect(crossSiteRefusal('PATCH', { ...json, 'content-type': 'application/json; charset=utf-8' })).toBeUndefined();
  });

  it('refuses writes from other origins, opaque origins, cross-site fetches and non-JSON bodies', () => {
    expect(crossSiteRefusal('POST', { ...json, origin: 'https://evil.example' })).toMatch(/another origin/);
    expect(crossSiteRefusal('POST', { ...json, origin: 'null' })).toMatch(/opaque/);
    expect(crossSiteRefusal('POST', { ...json, 'sec-fetch-site': 'cross-site' })).toMatch(/cross-site/);
    expect(crossSiteRefusal('POST', { host: 'yukk.example:8080', 'content-type': 'text/plain' })).toMatch(/JSON/);
    expect(crossSiteRefusal('POST', { host: 'yukk.example:8080' })).toMatch(/JSON/);
  });
});
