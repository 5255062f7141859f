import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAdminClient, isApiError, isVersionConflict } from '../../src/admin/index.js';
import { packageInput, recordingFetch, useApi } from './helpers.js';

const api = useApi();

describe('admin client: archive and unarchive', () => {
  it('archives at the current version (If-Match), and the package reads back archived until unarchived', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...packageInput() });
    const archived = await admin.packages.archive(created.id, { version: created.version });
    assert.equal(recorder.requests.at(-1)?.method, 'POST');
    assert.match(recorder.requests.at(-1)?.url ?? '', new RegExp(`/v1/admin/packages/${created.id}/archive$`));
    assert.equal(recorder.requests.at(-1)?.headers.get('if-match'), `"${created.version}"`);
    assert.equal(archived.archived, true);
    assert.equal(archived.version, created.version + 1);
    assert.equal((await admin.packages.get(created.id)).archived, true);
    const listed = await admin.experts.packages('exp_istanbul');
    assert.ok(!listed.some((pkg) => pkg.id === created.id), 'the public list leaves it out');

    await assert.rejects(admin.packages.unarchive(created.id, { version: created.version }), (error) => isVersionConflict(error) && error.currentVersion === created.version + 1);
    const back = await admin.packages.unarchive(created.id, { version: archived.version });
    assert.equal(back.archived, undefined);
    assert.equal(back.version, created.version + 2);
  });

  it('refuses a missing version as a TypeError, sending nothing, and rejects an unknown package with not_found', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    await assert.rejects(admin.packages.archive('pkg_x', {} as never), { name: 'TypeError', message: /options\.version/ });
    await assert.rejects(admin.packages.unarchive('pkg_x', { version: 0 }), { name: 'TypeError', message: /options\.version/ });
    assert.equal(recorder.requests.length, 0);
    await assert.rejects(admin.packages.archive('pkg_nothing_here', { version: 1 }), (error) => isApiError(error) && error.code === 'not_found');
  });

  it('is part of every admin client', () => {
    const admin = createAdminClient({ baseUrl: 'https://api.example', apiKey: 'sk_test_anything' });
    assert.equal(typeof admin.packages.archive, 'function');
    assert.equal(typeof admin.packages.unarchive, 'function');
  });
});
