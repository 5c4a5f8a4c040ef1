import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/** A tenantkit event: every one is declared in `GlobalEventHandlersEventMap` by its element's module. */
type TkEventName = keyof GlobalEventHandlersEventMap & `tk-${string}`;
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** `tk-user-create` → `onUserCreate`. */
type HandlerProp<N extends string> = N extends `tk-${infer R}` ? `on${Capitalize<Camel<R>>}` : never;
type Handlers<N extends TkEventName> = {
  [K in N as HandlerProp<K>]: EventName<GlobalEventHandlersEventMap[K]>;
};

const handlerProp = (name: string) =>
  'on' + name.replace(/^tk-/, '-').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * A React component for one tenantkit element: its properties as typed props, and each of its
 * events as an `on…` prop whose handler receives the typed event. The tag is typed against the
 * class it is registered with (`HTMLElementTagNameMap`), so the two cannot disagree.
 */
export function wrap<
  T extends keyof HTMLElementTagNameMap & `tk-${string}`,
  const N extends TkEventName = never,
>(
  tagName: T,
  elementClass: new () => HTMLElementTagNameMap[T],
  displayName: string,
  events: readonly N[] = [],
): ReactWebComponent<HTMLElementTagNameMap[T], Handlers<N>> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    displayName,
    events: Object.fromEntries(events.map((name) => [handlerProp(name), name])) as unknown as Handlers<N>,
  });
}
