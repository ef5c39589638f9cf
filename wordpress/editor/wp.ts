/**
 * The block editor's globals (`wp.element`, `wp.blocks`, …), typed for the
 * parts this editor script uses. WordPress loads them as the script's
 * dependencies (see includes/class-assets.php), so nothing is bundled and
 * there is no build-time dependency on WordPress's packages.
 */

/** What a component returns: an element, text, nothing, or a list of those. */
export type Node = object | string | number | boolean | null | undefined | readonly Node[];

/** A function component. */
export type Component<P> = (props: P) => Node;

/** Props every element takes. */
export interface Common {
  key?: string;
  children?: Node;
}

interface Element {
  createElement<P>(type: Component<P>, props: P & Common, ...children: Node[]): object;
  createElement(type: string, props?: Record<string, unknown> | null, ...children: Node[]): object;
  useState<T>(initial: T): [T, (next: T) => void];
  useEffect(effect: () => void | (() => void), dependencies?: readonly unknown[]): void;
  useMemo<T>(factory: () => T, dependencies: readonly unknown[]): T;
  useRef<T>(initial: T): { current: T };
  Fragment: Component<Common>;
}

export interface Option {
  label: string;
  value: string;
}

interface Components {
  Button: Component<Common & { variant?: 'primary' | 'secondary' | 'tertiary' | 'link'; isPressed?: boolean; onClick?: () => void; className?: string; style?: Record<string, string>; 'aria-label'?: string }>;
  Notice: Component<Common & { status: 'warning' | 'error' | 'info' | 'success'; isDismissible?: boolean }>;
  PanelBody: Component<Common & { title: string; initialOpen?: boolean }>;
  Placeholder: Component<Common & { icon?: string; label: string; instructions?: string }>;
  SearchControl: Component<Common & { label: string; placeholder?: string; value: string; onChange: (value: string) => void }>;
  SelectControl: Component<Common & { className?: string; label: string; value: string; options: Option[]; onChange: (value: string) => void; help?: string }>;
  ToolbarGroup: Component<Common>;
  ToolbarButton: Component<Common & { icon?: string; label: string; onClick: () => void; isPressed?: boolean }>;
}

interface BlockEditor {
  useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
  InspectorControls: Component<Common>;
  BlockControls: Component<Common>;
}

export interface BlockEditProps<A> {
  attributes: A;
  setAttributes(changes: Partial<A>): void;
  isSelected: boolean;
}

interface Blocks {
  registerBlockType<A>(metadata: object, settings: { edit: Component<BlockEditProps<A>>; save: () => null }): unknown;
}

interface I18n {
  __(text: string, domain: string): string;
  sprintf(format: string, ...values: Array<string | number>): string;
}

interface Globals {
  element: Element;
  components: Components;
  blockEditor: BlockEditor;
  blocks: Blocks;
  i18n: I18n;
}

/** The editor's globals. */
export const wp = (globalThis as unknown as { wp: Globals }).wp;

/** `createElement`, short, as JSX would write it. */
export const h = wp.element.createElement;

/** What the plugin's PHP tells the editor about the site (includes/class-assets.php). */
export interface EditorSettings {
  /** URL of the elements' module, loaded into the editor's canvas for the live preview. */
  moduleUrl: string;
  /** The language findings are shown in when the block names none. */
  siteLanguage: string;
}

export const settings = (globalThis as unknown as { microcredentialWidgetsEditorSettings: EditorSettings }).microcredentialWidgetsEditorSettings;

/** The plugin's text domain. */
export const DOMAIN = 'microcredential-widgets';
