import { UsageError } from '../report-failure.js';
import { command } from './command.js';

/** `pubcv preview`: the outputs of a build as PNG pictures. */
export const previewCommand = command(
  'preview',
  "draw a build's PDF, DOCX and HTML as PNG pictures in OUT/preview/ (pdftoppm or mutool, LibreOffice, Chromium when installed)",
  (y) =>
    y
      .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'the folder the build wrote to' })
      .option('to', { type: 'string', describe: 'the folder for the pictures [default: OUT/preview]' })
      .option('dpi', { type: 'number', default: 100, describe: 'resolution of the pages, 20 to 600' })
      .option('first-page', { type: 'boolean', default: false, describe: 'only the first page of each output' })
      .option('open', { type: 'boolean', default: false, describe: "show the pictures in the desktop's viewer (xdg-open, open)" })
      .check((args) => (Number.isInteger(args.dpi) && args.dpi >= 20 && args.dpi <= 600) || '--dpi must be a whole number from 20 to 600'),
  async (args, io) => {
    if (args.out === '') throw new UsageError('--out needs a folder');
    const { runPreview } = await import('../run-preview.js');
    return runPreview(io, { out: args.out, to: args.to, dpi: args.dpi, firstPage: args.firstPage, open: args.open, quiet: args.quiet });
  },
);
