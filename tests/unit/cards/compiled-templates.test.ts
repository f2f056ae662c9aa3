import * as render from '../../../src/cards/render';
import { compileTemplate } from '../../../src/cards/fast-template';
import { TEXT_KINDS, everyCard } from './card-fixtures';

/**
 * The compiled templates (fast-template.ts) must build exactly the card the templating engine builds:
 * every card Chaser sends, with every kind of text, is rendered both ways and compared.
 */
describe('compiled card templates', () => {
  it.each(TEXT_KINDS.map((k) => [k.name, k] as const))('when every card is rendered with %s, then the compiled card equals the engine\'s', (_name, kind) => {
    const compared: string[] = [];
    const spy = jest.spyOn(render, 'renderCard').mockImplementation((template, data) => {
      const compiled = compileTemplate(template);
      const engine = render.engineRender(template, data);
      expect(compiled).not.toBeNull();
      expect(compiled!(data)).toEqual(engine);
      compared.push('card');
      return engine;
    });
    try {
      expect(everyCard(kind).length).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
    expect(compared.length).toBeGreaterThan(5);
  });

  const cases: Array<[string, object, object]> = [
    ['a $when false at the top', { type: 'AdaptiveCard', $when: '${shown}', body: [] }, { shown: false }],
    ['a one-item $data (an object, not a list)', { body: [{ $data: '${rows}', type: 'TextBlock', text: '${name}' }] }, { rows: [{ name: 'Quill' }] }],
    ['an empty $data list', { body: [{ $data: '${rows}', type: 'TextBlock', text: '${name}' }, { type: 'TextBlock', text: 'after' }] }, { rows: [] }],
    ['a $data list of strings', { body: [{ $data: '${rows}', type: 'TextBlock', text: 'Row ${$data}' }] }, { rows: ['a', 'b', 'c'] }],
    ['a $data object as a property value', { card: { $data: '${inner}', text: '${name} of ${$root.board}' } }, { inner: { name: 'Otto' }, board: 'Board' }],
    ['a $data with $when per item', { body: [{ $data: '${rows}', $when: '${keep}', text: '${name}' }] }, { rows: [{ name: 'a', keep: true }, { name: 'b', keep: false }, { name: 'c', keep: true }] }],
    ['a $when on a nested object as a property', { selectAction: { $when: '${go}', type: 'Action.Execute' } }, { go: false }],
    ['typed values from a whole-string expression', { isVisible: '${shown}', count: '${n}', list: '${xs}' }, { shown: true, n: 3, xs: ['x'] }],
    ['numbers and booleans inside text', { text: '${n} items, more: ${more}' }, { n: 12, more: false }],
    ['count, comparison and logic', { a: { $when: "${count(xs) > 0 && note != ''}", t: 'y' }, b: { $when: '${count(xs) == 0 || !flag}', t: 'z' } }, { xs: [1], note: 'n', flag: true }],
    ['people\'s text that looks like an expression', { text: '${say}', more: 'Said: ${say}' }, { say: '${secret} and ${$root.title}' }],
    ['a $when that is not an expression', { body: [{ $when: 'true', t: 'dropped' }, { t: 'kept' }] }, {}],
  ];
  it.each(cases)('when a template has %s, then the compiled card equals the engine\'s', (_name, template, data) => {
    const compiled = compileTemplate(template);
    expect(compiled).not.toBeNull();
    expect(compiled!(data)).toEqual(render.engineRender(template, data));
  });

  it('when a field is missing, then the compiled card is not trusted and the engine renders it', () => {
    const template = { text: 'Hello ${who}', other: '${gone}' };
    expect(render.renderCard(template, {})).toEqual(render.engineRender(template, {}));
  });

  it('when a template uses a function outside the compiled subset, then it is not compiled (the engine renders it)', () => {
    expect(compileTemplate({ text: "${formatDateTime(at, 'dd')}" })).toBeNull();
    expect(render.renderCard({ text: '${toUpper(name)}' }, { name: 'ada' })).toEqual({ text: 'ADA' });
  });
});
