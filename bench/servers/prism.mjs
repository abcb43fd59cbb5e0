// The Prism front (`kms-contract prism`): a schema-only mock from the spec.
import { startPrismFront } from '../../dist/src/prism/index.js';

const front = await startPrismFront();
process.send?.({ url: front.url });
