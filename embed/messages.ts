/**
 * The two messages between an embed and its host page: the host's resizer asks
 * for the height when it starts, and the embed page tells its content height
 * (in answer, and whenever it changes).
 */
export const HEIGHT_MESSAGE = 'microcredential-widgets:height';
export const HEIGHT_REQUEST = 'microcredential-widgets:height-request';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface HeightRequest {
  type: typeof HEIGHT_REQUEST;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    Reflect.get(data, 'type') === HEIGHT_MESSAGE &&
    typeof Reflect.get(data, 'height') === 'number'
  );
}

export function isHeightRequest(data: unknown): data is HeightRequest {
  return typeof data === 'object' && data !== null && Reflect.get(data, 'type') === HEIGHT_REQUEST;
}
