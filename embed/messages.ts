/** The one message the iframe page sends its host: its content height. */
export const HEIGHT_MESSAGE = 'microcredential-widgets:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    Reflect.get(data, 'type') === HEIGHT_MESSAGE &&
    typeof Reflect.get(data, 'height') === 'number'
  );
}
