import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lazyPart } from '../../../src/client/lazy.js';

interface Part {
  greet: { hello(name: string): Promise<string>; bye(): Promise<string> };
  count: { next(): Promise<number> };
}

const METHODS = { greet: { hello: true, bye: true }, count: { next: true } } as const;

function fakePart(): Part {
  let n = 0;
  return {
    greet: { hello: async (name) => `hello ${name}`, bye: async () => 'bye' },
    count: { next: async () => ++n },
  };
}

describe('lazyPart', () => {
  it('loads nothing until a method is called', () => {
    let loads = 0;
    lazyPart<Part>('test', async () => (loads++, fakePart()), METHODS);
    assert.equal(loads, 0);
  });

  it('loads the part once for every call, concurrent or later, and delegates arguments and results', async () => {
    let loads = 0;
    const facade = lazyPart<Part>('test', async () => (loads++, fakePart()), METHODS);
    const first = await Promise.all([facade.greet.hello('Ada'), facade.greet.bye(), facade.count.next()]);
    assert.deepEqual(first, ['hello Ada', 'bye', 1]);
    assert.equal(await facade.count.next(), 2);
    assert.equal(loads, 1);
  });

  it('rejects with an error naming the part and keeping the cause, then loads again on the next call', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module');
    let loads = 0;
    const facade = lazyPart<Part>(
      'checkout',
      async () => {
        loads++;
        if (loads === 1) throw failure;
        return fakePart();
      },
      METHODS,
    );
    const [a, b] = await Promise.allSettled([facade.greet.bye(), facade.count.next()]);
    for (const outcome of [a, b]) {
      assert.equal(outcome?.status, 'rejected');
      const error = (outcome as PromiseRejectedResult).reason as Error;
      assert.equal(error.message, 'apptkit: the checkout part of the client could not be loaded.');
      assert.equal(error.cause, failure);
    }
    assert.equal(loads, 1);
    assert.equal(await facade.greet.bye(), 'bye');
    assert.equal(loads, 2);
  });

  it('gives a frozen facade with frozen groups', () => {
    const facade = lazyPart<Part>('test', async () => fakePart(), METHODS);
    assert.ok(Object.isFrozen(facade));
    assert.ok(Object.isFrozen(facade.greet));
    assert.deepEqual(Object.keys(facade.greet), ['hello', 'bye']);
  });
});
