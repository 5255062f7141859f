/**
 * The CDN entry (`<script type="module" src=".../apptkit.js">`): registers every element and
 * re-exports the public API for pages that script the elements. Later features (checkout,
 * call) load lazily from here through `import()`.
 */
import './define.js';

export * from './index.js';
