import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { CreditPackage } from '../../src/core/credit-package.js';
import { acceptLanguageRegion } from '../../demo/server/routes/visitor-country.js';
import { assertProblem, createPackage, startTestServer, type TestServer } from './harness.js';

type PackageList = { country: string; data: AppointmentPackage[] };
type OfferList = { country: string; data: CreditPackage[] };

describe('packages sold by country', () => {
  let test: TestServer;
  before(async () => {
    // The demo seed: Istanbul sells in TR (TRY) and DE (EUR); credits in US, TR and IN. Default US.
    test = await startTestServer({ countryHeader: 'CF-IPCountry', defaultCountry: 'US' });
  });
  after(() => test.close());

  const istanbul = (query = '', headers: Record<string, string> = {}) =>
    test.call<PackageList>(`/v1/experts/exp_istanbul/packages${query}`, { headers });
  const currencies = (list: PackageList | OfferList) => [...new Set(list.data.map((item) => item.currency))];
  const countries = (list: PackageList | OfferList) => [...new Set(list.data.map((item) => item.country))];

  it('the host’s country wins over the proxy header and Accept-Language', async () => {
    const response = await istanbul('?country=DE', { 'cf-ipcountry': 'TR', 'accept-language': 'tr-TR' });
    assert.equal(response.status, 200);
    assert.equal(response.body.country, 'DE');
    assert.deepEqual(countries(response.body), ['DE']);
    assert.deepEqual(currencies(response.body), ['EUR']);
  });

  it('else the configured proxy header, over Accept-Language', async () => {
    const response = await istanbul('', { 'cf-ipcountry': 'de', 'accept-language': 'tr-TR,tr;q=0.9' });
    assert.equal(response.body.country, 'DE');
    assert.deepEqual(currencies(response.body), ['EUR']);
    assert.match(response.headers.get('vary') ?? '', /cf-ipcountry/i);
  });

  it('trusts no other header, and ignores a header value that is no assigned country', async () => {
    const other = await istanbul('', { 'x-country': 'DE', 'accept-language': 'tr-TR' });
    assert.equal(other.body.country, 'TR');
    const unknown = await istanbul('', { 'cf-ipcountry': 'XX', 'accept-language': 'de-DE' });
    assert.equal(unknown.body.country, 'DE');
  });

  it('else the region of the most preferred Accept-Language tag that has one', async () => {
    const response = await istanbul('', { 'accept-language': 'en;q=0.9, tr-TR, de-DE;q=0.5' });
    assert.equal(response.body.country, 'TR');
    assert.deepEqual(countries(response.body), ['TR']);
    assert.deepEqual(currencies(response.body), ['TRY']);
  });

  it('never mixes currencies: without any hint, the tenant default, else the topmost package’s country', async () => {
    // Istanbul sells nothing in US (the default): its topmost package's country, TR, in TRY only.
    const response = await istanbul();
    assert.equal(response.body.country, 'TR');
    assert.deepEqual(currencies(response.body), ['TRY']);
    const newYork = await test.call<PackageList>('/v1/experts/exp_newyork/packages');
    assert.equal(newYork.body.country, 'US');
    assert.deepEqual(currencies(newYork.body), ['USD']);
  });

  it('an inferred country without packages falls back to the default; an explicit one does not', async () => {
    const inferred = await test.call<PackageList>('/v1/experts/exp_newyork/packages', { headers: { 'cf-ipcountry': 'FR' } });
    assert.equal(inferred.body.country, 'US');
    assert.deepEqual(currencies(inferred.body), ['USD']);
    const explicit = await test.call<PackageList>('/v1/experts/exp_newyork/packages?country=FR');
    assert.deepEqual(explicit.body, { country: 'FR', data: [] });
  });

  it('shows one currency when a country’s packages are in two: `currency`, else the topmost package’s', async () => {
    await createPackage(test, 'exp_kolkata', { country: 'AE', currency: 'AED', listingOrder: 100 });
    await createPackage(test, 'exp_kolkata', { country: 'AE', currency: 'USD', listingOrder: 101 });
    const top = await test.call<PackageList>('/v1/experts/exp_kolkata/packages?country=AE');
    assert.deepEqual(currencies(top.body), ['AED']);
    const asked = await test.call<PackageList>('/v1/experts/exp_kolkata/packages?country=AE&currency=USD');
    assert.deepEqual(currencies(asked.body), ['USD']);
  });

  it('answers 422 naming `country` for a code that is not an assigned ISO country', async () => {
    for (const path of ['/v1/experts/exp_istanbul/packages?country=XX', '/v1/credit-packages?country=ZZ']) {
      const problem = assertProblem(await test.call(path), 422, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.field), ['country']);
    }
  });

  it('credit offers follow the same order and say which country they are of', async () => {
    const byHeader = await test.call<OfferList>('/v1/credit-packages', { headers: { 'cf-ipcountry': 'TR' } });
    assert.equal(byHeader.body.country, 'TR');
    assert.deepEqual(currencies(byHeader.body), ['TRY']);
    const byLanguage = await test.call<OfferList>('/v1/credit-packages', { headers: { 'accept-language': 'hi-IN' } });
    assert.equal(byLanguage.body.country, 'IN');
    const fallback = await test.call<OfferList>('/v1/credit-packages', { headers: { 'accept-language': 'fr-FR' } });
    assert.equal(fallback.body.country, 'US');
    assert.deepEqual(currencies(fallback.body), ['USD']);
    const explicit = await test.call<OfferList>('/v1/credit-packages?country=IN', { headers: { 'cf-ipcountry': 'TR' } });
    assert.deepEqual(countries(explicit.body), ['IN']);
  });
});

describe('Accept-Language region', () => {
  it('takes the first tag by preference that names an assigned region', () => {
    assert.equal(acceptLanguageRegion('de-AT, de;q=0.8'), 'AT');
    assert.equal(acceptLanguageRegion('de, en-GB;q=0.7, fr-FR;q=0.9'), 'FR');
    assert.equal(acceptLanguageRegion('zh-Hant-TW'), 'TW');
    assert.equal(acceptLanguageRegion('es-419, es'), undefined);
    assert.equal(acceptLanguageRegion('en-US;q=0, de'), undefined);
    assert.equal(acceptLanguageRegion('*'), undefined);
    assert.equal(acceptLanguageRegion(undefined), undefined);
  });
});
