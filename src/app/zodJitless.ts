// Imported first by every browser entry (main.tsx, the plan worker). zod decides whether it may
// compile parsers with `new Function` when a schema is *built*, at import of model/schema.ts, and
// under our Content-Security-Policy that probe is a reported violation even though zod catches it.
// ES modules run in import order, so this line runs before any module that builds a schema.
import { z } from 'zod';

z.config({ jitless: true });
