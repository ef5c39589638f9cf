/**
 * The block `microcredential-widgets/finding` in the block editor: a picker
 * until a finding is chosen, then a live preview of the real element (the
 * same module the published page loads), with the theme and locale in the
 * sidebar and a notice, with the closest valid ids, for anything the page
 * could not show as written. Dynamic: the post saves only the attributes; the
 * plugin's PHP renders the page.
 */
import metadata from '../block.json';
import { LANGUAGES, languageOf } from '../../src/view/locale.js';
import { THEMES } from '../../src/view/widgets.js';
import { attributeProblems, entryFor, themeOf, type Attributes } from './catalogue.js';
import { FindingPicker } from './picker.js';
import { DOMAIN, h, settings, wp, type BlockEditProps, type Node, type Option } from './wp.js';

const { __ } = wp.i18n;
const { Button, Notice, PanelBody, Placeholder, SelectControl, ToolbarButton, ToolbarGroup } = wp.components;
const { BlockControls, InspectorControls, useBlockProps } = wp.blockEditor;

/** Marks the module's script tag, so each document (the editor, or its canvas iframe) loads it once. */
const MODULE_MARK = 'data-microcredential-widgets';

/** Loads the elements' module into the document that holds the preview: the editor page, or the canvas iframe of newer editors. */
function loadModuleInto(document: Document): void {
  if (document.querySelector(`script[${MODULE_MARK}]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = settings.moduleUrl;
  script.setAttribute(MODULE_MARK, '');
  document.head.append(script);
}

/** A language's own name ("Deutsch"), where the browser knows it. */
function languageName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

const themeOptions: Option[] = [
  { value: 'light', label: __('Light', DOMAIN) },
  { value: 'dark', label: __('Dark', DOMAIN) },
  { value: 'auto', label: __("Auto (follows the reader's system)", DOMAIN) },
];
if (themeOptions.some((option, i) => option.value !== THEMES[i])) throw new Error('theme options out of step with THEMES');

const localeOptions: Option[] = [
  { value: '', label: `${__('Site language', DOMAIN)} (${languageName(settings.siteLanguage)})` },
  ...LANGUAGES.map((language) => ({ value: language, label: `${languageName(language)} (${language})` })),
];

/** The real element, rendered by the module in whichever document holds it. */
function Preview({ attributes }: { attributes: Attributes }): Node {
  const { useEffect, useRef } = wp.element;
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (ref.current) loadModuleInto(ref.current.ownerDocument);
  }, []);
  const entry = entryFor(attributes.finding.trim());
  if (!entry) return null;
  return h(entry.tag, {
    ref,
    finding: entry.id,
    theme: themeOf(attributes.theme),
    locale: languageOf(attributes.locale) ?? settings.siteLanguage,
  });
}

function Edit({ attributes, setAttributes, isSelected }: BlockEditProps<Attributes>): Node {
  const { useState } = wp.element;
  const [picking, setPicking] = useState(false);
  const blockProps = useBlockProps();
  const problems = attributeProblems(attributes, settings.siteLanguage);
  const chosen = entryFor(attributes.finding.trim());
  const pick = (id: string) => {
    setAttributes({ finding: id });
    setPicking(false);
  };
  const picker = h(FindingPicker, { selected: attributes.finding, onPick: pick });

  return h(
    'div',
    blockProps,
    h(
      BlockControls,
      {},
      h(ToolbarGroup, {}, h(ToolbarButton, { icon: 'search', label: __('Change finding', DOMAIN), isPressed: picking, onClick: () => setPicking(!picking) })),
    ),
    h(
      InspectorControls,
      {},
      h(PanelBody, { title: __('Finding', DOMAIN) }, h(FindingPicker, { selected: attributes.finding, onPick: pick })),
      h(
        PanelBody,
        { title: __('Display', DOMAIN) },
        h(SelectControl, { className: 'mcw-theme', label: __('Theme', DOMAIN), value: themeOf(attributes.theme), options: themeOptions, onChange: (theme) => setAttributes({ theme }) }),
        h(SelectControl, {
          className: 'mcw-locale',
          label: __('Language', DOMAIN),
          value: languageOf(attributes.locale) ?? '',
          options: localeOptions,
          onChange: (locale) => setAttributes({ locale }),
          help: __('Words and numbers of the finding. Readers without JavaScript see the same.', DOMAIN),
        }),
      ),
    ),
    problems.map((problem) =>
      h(
        Notice,
        { key: problem.message, status: 'warning', isDismissible: false },
        h('span', null, problem.message),
        problem.suggestions?.length
          ? h(
              'span',
              null,
              ` ${__('Closest ids:', DOMAIN)} `,
              problem.suggestions.map((id) => h(Button, { key: id, variant: 'link', onClick: () => pick(id) }, id)),
            )
          : null,
      ),
    ),
    chosen && !(picking && isSelected)
      ? h(Preview, { attributes })
      : h(
          Placeholder,
          { icon: 'chart-bar', label: __('Microcredential finding', DOMAIN), instructions: __('Choose a finding: the fitting widget (card, bars or line) is picked for you.', DOMAIN) },
          picker,
        ),
  );
}

wp.blocks.registerBlockType<Attributes>(metadata, { edit: Edit, save: () => null });
