// Text from outside (a server reply, a cache key) put on one line of a log or a summary.

/** Control characters and line separators folded to one space: the text can neither break a line nor start a workflow command. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
