/**
 * One cold report in a fresh process, as the app's report worker does it on first use: load
 * pdfkit/fontkit/ECharts, parse the fonts, draw the model (read from the JSON file given), write
 * the PDF. Built and spawned by report.ts.
 */
import '../../electron/compile-cache';
import { readFileSync, writeFileSync } from 'node:fs';
import { fontFilesFor, scriptFor } from '../../electron/services/report/font-files';
import { ReportModelSchema } from '../../electron/services/report/model/schema';
import { renderInThisThread } from '../../electron/services/report/render-job';

const [modelFile, outFile] = process.argv.slice(2);
const model = ReportModelSchema.parse(JSON.parse(readFileSync(modelFile!, 'utf8')));
const script = scriptFor(model.language);
void renderInThisThread(model, script, fontFilesFor(script)).then((r) => writeFileSync(outFile!, r.bytes));
