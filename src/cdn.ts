/**
 * The single-file CDN build: registers every element, nothing else. A page
 * needs only `<script type="module" src="…/microcredential-widgets.js">`.
 */
import './element/plain-tags.js';
import './components/stat-card/define.js';
import './components/comparison-bar/define.js';
import './components/trend-line/define.js';
