// The `oncelink` command line: commands, options and help (commander), the key and API from the environment, exit codes.
import { Command, CommanderError, Option } from 'commander';
import { OnceLink, OnceLinkError } from '@oncelink/sdk';
import { CliError, exitCodes, printable, type Target } from './errors.js';
import { listPages } from './pages.js';
import { createProgress } from './progress.js';
import { runLinks } from './run-links.js';

interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
}

/** The client, from flags or the environment. The key is never printed, whatever goes wrong. */
function clientFrom(options: GlobalOptions): OnceLink {
  const apiKey = options.apiKey ?? process.env['ONCEHUB_API_KEY'];
  const baseURL = options.baseUrl ?? (process.env['ONCEHUB_BASE_URL'] || undefined);
  if (!apiKey) {
    throw new CliError(
      'No API key: set ONCEHUB_API_KEY (or pass --api-key). To try oncelink offline, start the fake API with ' +
        '`npx oncelink-mock-api --port 4010 --seed demo` and pass --base-url http://127.0.0.1:4010/v2 with its demo key.',
    );
  }
  try {
    // A bulk job can wait out a 429 longer than an interactive call; the SDK retries only what the API did not act on.
    return new OnceLink({ apiKey, baseURL, maxRetries: 8 });
  } catch (e) {
    if (!(e instanceof OnceLinkError)) throw e;
    if (/apiKey/.test(e.message))
      throw new CliError(
        'The API key cannot be sent in a header (a line break or an unusual character in it?). Check how it was set.',
      );
    throw new CliError(
      `--base-url (or ONCEHUB_BASE_URL) must be an absolute http(s) URL such as https://api.oncehub.com/v2; got ${JSON.stringify(printable(baseURL ?? '', 200))}.`,
    );
  }
}

/** Ctrl-C (or SIGTERM) once: stop sending and finish cleanly. Twice: quit at once. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) {
      process.stderr.write(
        'oncelink: quitting now. Rows whose request was out are read as unknown by the next run.\n',
      );
      process.exit(exitCodes.interrupted);
    }
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

function program(): Command {
  const root = new Command('oncelink')
    .description('One-time scheduling links (OnceHub API v2) from the command line.')
    .addOption(
      new Option(
        '--api-key <key>',
        'API key; default: the ONCEHUB_API_KEY variable (safer: it stays out of shell history)',
      ),
    )
    .addOption(
      new Option(
        '--base-url <url>',
        'API base URL; default: ONCEHUB_BASE_URL, else https://api.oncehub.com/v2',
      ),
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  root
    .command('pages')
    .description(
      'List master pages and booking calendars: type, id, name, active (published, for a calendar).',
    )
    .action(async (_options: object, command: Command) => {
      await listPages(clientFrom(command.optsWithGlobals<GlobalOptions>()), (text) =>
        process.stdout.write(text),
      );
    });

  const links = root.command('links').description('Make one-time links.').exitOverride();
  links
    .command('create')
    .description(
      'One personalised one-time link per CSV row (columns name and email; others kept). Resumable: a journal at <out>.journal ' +
        'records each link the moment it is made, and the same command run again does only the rows without one.',
    )
    .addOption(
      new Option(
        '--master-page <id>',
        'make the links on this master page (Rule-based assignment with Dynamic rules)',
      ).conflicts('bookingCalendar'),
    )
    .addOption(
      new Option(
        '--booking-calendar <id>',
        'make the links on this booking calendar (name and email go in booking_form, not the URL)',
      ),
    )
    .requiredOption('--csv <file>', 'contacts: a header row with name and email, one contact per row')
    .option(
      '--out <file>',
      'write the rows with link and error columns here (default: stdout; the journal is then <csv>.journal)',
    )
    .option('--show-booking-form', 'links show the booking form anyway (skip=0) instead of skipping it')
    .option('--dry-run', 'check every row and that the target exists; make nothing')
    .option(
      '--retry-unknown',
      'also make links for rows marked unknown (their earlier request may have made one)',
    )
    .exitOverride()
    .action(async (_options: object, command: Command) => {
      const o = command.optsWithGlobals<
        GlobalOptions & {
          masterPage?: string;
          bookingCalendar?: string;
          csv: string;
          out?: string;
          showBookingForm?: boolean;
          dryRun?: boolean;
          retryUnknown?: boolean;
        }
      >();
      const target: Target | undefined = o.masterPage
        ? { kind: 'masterPage', id: o.masterPage }
        : o.bookingCalendar
          ? { kind: 'bookingCalendar', id: o.bookingCalendar }
          : undefined;
      if (!target)
        throw new CliError(
          'Say where the links go: --master-page ID or --booking-calendar ID (`oncelink pages` lists them).',
        );
      const client = clientFrom(o);
      const flags = {
        showBookingForm: o.showBookingForm === true,
        dryRun: o.dryRun === true,
        retryUnknown: o.retryUnknown === true,
      };
      const options = { target, csv: o.csv, out: o.out, ...flags };
      process.exitCode = await runLinks(client, options, createProgress(), interruptSignal());
    });
  return root;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; every usage mistake is exit 2 (commander already said what).
      const shown =
        e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      process.exitCode = shown ? e.exitCode : exitCodes.refused;
      return;
    }
    if (e instanceof CliError) {
      process.stderr.write(`oncelink: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    process.stderr.write(`oncelink: failed: ${printable(message, 500)}\n`);
    process.exitCode = exitCodes.rowsFailed;
  }
}

await main(process.argv);
