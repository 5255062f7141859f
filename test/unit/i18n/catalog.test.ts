import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCatalog, type TermSet } from '../../../src/i18n/catalog.js';

interface Terms extends TermSet {
  hello: string;
}

const en: Terms = { $code: 'en', hello: 'Hello' };

describe('createCatalog', () => {
  it('has English ready and loads a built-in language once, on first use', async () => {
    let loads = 0;
    const catalog = createCatalog<Terms>('test', en, { de: async () => (loads++, { $code: 'de', hello: 'Hallo' }) });
    assert.equal(catalog.get('EN')?.hello, 'Hello');
    assert.equal(catalog.get('de'), undefined);
    assert.equal(catalog.has('DE'), true);
    const [first, second] = await Promise.all([catalog.load('de'), catalog.load('de')]);
    assert.equal(first?.hello, 'Hallo');
    assert.equal(second, first);
    assert.equal(catalog.get('de'), first);
    assert.equal(loads, 1);
  });

  it('answers undefined for a language it does not know', async () => {
    const catalog = createCatalog<Terms>('test', en, {});
    assert.equal(catalog.has('fr'), false);
    assert.equal(await catalog.load('fr'), undefined);
  });

  it('lets a host add or reword a language, and rejects a malformed code', async () => {
    const catalog = createCatalog<Terms>('test', en, { de: async () => ({ $code: 'de', hello: 'Hallo' }) });
    catalog.register({ $code: 'fr', hello: 'Bonjour' }, { $code: 'de', hello: 'Servus' });
    assert.equal(catalog.get('fr')?.hello, 'Bonjour');
    assert.equal((await catalog.load('de'))?.hello, 'Servus');
    assert.throws(() => catalog.register({ $code: 'fr-FR', hello: 'x' }), /test: \$code must be a lowercase base language subtag like "fr", got "fr-FR"/);
  });

  it('reports a failed load with its cause and tries again next time', async () => {
    let attempt = 0;
    const catalog = createCatalog<Terms>('test', en, {
      tr: async () => {
        attempt += 1;
        if (attempt === 1) throw new TypeError('offline');
        return { $code: 'tr', hello: 'Merhaba' };
      },
    });
    await assert.rejects(catalog.load('tr'), (error: Error) => error.message === 'Could not load the "tr" texts of test.' && (error.cause as Error).message === 'offline');
    assert.equal((await catalog.load('tr'))?.hello, 'Merhaba');
  });
});
