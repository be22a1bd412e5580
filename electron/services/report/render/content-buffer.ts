/**
 * pdfkit 0.20's page content stream, as far as this module reaches into it (pinned version, see
 * package.json): every drawing operator is one write() of a string, which pdfkit turns into its
 * own Uint8Array (plus a newline) at once, and joins all of them when the page ends.
 */
interface ContentStream {
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

interface PageWithContent {
  readonly content: ContentStream;
}

const buffered = new WeakSet<object>();

/**
 * Keeps a page's operators as strings and hands them to pdfkit as ONE chunk of bytes when the page
 * ends: the same bytes in the same order (each operator followed by its newline), converted by
 * Buffer in one native call instead of a small array allocated and filled in JavaScript per
 * operator, which was a good part of a report's time and garbage. A byte chunk (an image) first
 * passes on the strings written before it.
 */
function bufferContent(page: PageWithContent): void {
  const stream = page.content;
  if (buffered.has(stream)) return;
  buffered.add(stream);
  const write = stream.write.bind(stream);
  const end = stream.end.bind(stream);
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // the bytes pdfkit makes of each string: its char codes (operators are ASCII) and a newline
    write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending = [];
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  stream.end = (chunk) => {
    flush();
    end(chunk);
  };
}

/** Buffers the content of the document's current page and of every page added later. */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const current = () => (doc as unknown as { page: PageWithContent }).page;
  bufferContent(current());
  doc.on('pageAdded', () => bufferContent(current()));
}
