import { parseArgs } from 'node:util';
import { z } from 'zod';

// `npm run bench -- [options]`. The defaults are the full run the README's table comes from;
// `--ci` is the quick run CI does so the command never rots.

const usage = `npm run bench -- [options]
  --size <n[,n…]>        corpus sizes in articles (default 1000,100000; the first is the p99 baseline)
  --duration <s>         seconds of load per page in throughput mode (default 10)
  --rate-duration <s>    seconds of each fixed-rate latency run (default 10)
  --connections <n>      concurrent connections in throughput mode (default 50)
  --tool <wrk|autocannon> load generator for throughput runs (default wrk when installed)
  --port <n>             first port the benchmark may use (default 3900)
  --fresh                drop and regenerate the benchmark databases
  --skip-build           reuse the last build in .next-bench
  --soak                 also run a memory soak (--soak-minutes, default 5)
  --scale-out            also run two instances behind nginx on one database and Redis
  --ci                   quick run: 1,000 articles, a few seconds per page, only errors fail
  --help`;

const argsSchema = z.object({
  size: z.string().regex(/^\d+(,\d+)*$/, 'sizes are numbers separated by commas'),
  duration: z.coerce.number().positive(),
  rateDuration: z.coerce.number().positive(),
  connections: z.coerce.number().int().positive(),
  tool: z.enum(['wrk', 'autocannon']).optional(),
  port: z.coerce.number().int().min(1024).max(65000),
  fresh: z.boolean(),
  skipBuild: z.boolean(),
  soak: z.boolean(),
  soakMinutes: z.coerce.number().positive(),
  scaleOut: z.boolean(),
  ci: z.boolean(),
});

export type BenchOptions = Omit<z.output<typeof argsSchema>, 'size'> & {
  sizes: number[];
  adminUrl: string;
  /** CI machines are noisy: there, only errors and broken pages fail the run. */
  enforceRatios: boolean;
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string' },
      duration: { type: 'string' },
      'rate-duration': { type: 'string' },
      connections: { type: 'string', default: '50' },
      tool: { type: 'string' },
      port: { type: 'string', default: '3900' },
      fresh: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      soak: { type: 'boolean', default: false },
      'soak-minutes': { type: 'string', default: '5' },
      'scale-out': { type: 'boolean', default: false },
      ci: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const ci = values.ci;
  const parsed = argsSchema.safeParse({
    size: values.size ?? (ci ? '1000' : '1000,100000'),
    duration: values.duration ?? (ci ? 3 : 10),
    rateDuration: values['rate-duration'] ?? (ci ? 3 : 10),
    connections: values.connections,
    tool: values.tool,
    port: values.port,
    fresh: values.fresh,
    skipBuild: values['skip-build'],
    soak: values.soak,
    soakMinutes: values['soak-minutes'],
    scaleOut: values['scale-out'],
    ci,
  });
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error)}\n\n${usage}`);
    process.exit(2);
  }
  const { size, ...rest } = parsed.data;
  return {
    ...rest,
    sizes: size.split(',').map(Number),
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    enforceRatios: !ci,
  };
}
