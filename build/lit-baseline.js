// The parts of Lit the elements use: the baseline `npm run size` compares against.
export { LitElement, html, svg, css, unsafeCSS, nothing } from 'lit';
