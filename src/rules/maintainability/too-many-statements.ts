/** Pylint R0915: a function with more statements than the threshold (default 50). */
import { counted, thresholdRule } from './complexity-threshold';

export const tooManyStatements = thresholdRule({
  meta: {
    id: 'too-many-statements',
    name: 'TooManyStatements',
    shortDescription: 'A function has more statements than the threshold',
    fullDescription:
      'A function body holds more statements than the threshold allows, counted as Pylint counts ' +
      'them. Long functions do several things at once and are hard to read, test and reuse.',
    aliases: ['R0915', 'PLR0915'],
    precision: 'very-high',
  },
  docs: {
    title: 'A function has too many statements',
    why: `A long function does many things, and a reader has to hold all of them in mind. Counted as Pylint 3
counts them (R0915): the function itself counts 1, and every statement in its body at any depth
counts 1, nested function and class bodies included; an \`if\` or a \`try\` counts as its branches
(so an \`if\` with an \`else\` counts 2, a \`try\` with a \`finally\` 1), and each \`except\` handler
counts once more. Pylint does not count \`return\` statements, the \`for\`/\`while\` line or its
\`else\`, the \`def\`/\`class\` line of a nested function or class, or docstrings.`,
    example: `def main():
    parser = argparse.ArgumentParser(description="Summarise sales files.")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--output", default="report.txt")
    parser.add_argument("--currency", default="EUR")
    parser.add_argument("--minimum", type=float, default=0.0)
    parser.add_argument("--title", default="Sales report")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)

    rows = []
    for path in args.paths:
        logging.debug("reading %s", path)
        try:
            with open(path, newline="") as handle:
                rows.extend(csv.DictReader(handle))
        except OSError as error:
            logging.error("cannot read %s: %s", path, error)
            sys.exit(1)
    logging.info("read %d rows", len(rows))

    totals = {}
    counts = {}
    skipped = 0
    for row in rows:
        amount = float(row["amount"])
        if amount < args.minimum:
            skipped += 1
            continue
        if row["currency"] != args.currency:
            amount = convert(amount, row["currency"], args.currency)
        region = row["region"].strip().title()
        totals[region] = totals.get(region, 0.0) + amount
        counts[region] = counts.get(region, 0) + 1
    logging.debug("%d rows skipped", skipped)

    regions = sorted(totals, key=totals.get, reverse=True)
    grand_total = sum(totals.values())
    average = grand_total / len(rows) if rows else 0.0
    width = max((len(region) for region in regions), default=6)

    lines = []
    lines.append(f"{args.title} ({args.currency})")
    lines.append("=" * 40)
    for region in regions:
        share = totals[region] / grand_total * 100 if grand_total else 0.0
        lines.append(f"{region:<{width}} {totals[region]:>12.2f} {share:5.1f}%")
        lines.append(f"{'':<{width}} {counts[region]:>12} sales")
    lines.append("-" * 40)
    lines.append(f"{'Total':<{width}} {grand_total:>12.2f}")
    lines.append(f"{'Average':<{width}} {average:>12.2f}")
    lines.append(f"{skipped} rows below {args.minimum} skipped")

    with open(args.output, "w") as out:
        out.write("\\n".join(lines) + "\\n")
    logging.info("wrote %s", args.output)
    print(f"{len(rows)} rows, {len(regions)} regions")`,
    exampleNote: `\`main\` counts 51 statements. The usual case is longer still: a 200-line \`main()\` that parses
arguments, reads files, transforms data and writes a report.`,
    fix: `Extract each step into a function with a descriptive name; the long function becomes a short
sequence of calls. The threshold is the \`max-statements\` option (default 50, Pylint's).`,
    fixed: `def main():
    args = parse_arguments()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)
    rows = read_rows(args.paths)
    totals, counts, skipped = summarise(rows, args.minimum, args.currency)
    report = format_report(args, totals, counts, skipped)
    write_report(args.output, report)
    print(f"{len(rows)} rows, {len(totals)} regions")`,
    notReported: ['Functions at or below the threshold. Blank lines, comments and docstring length do not matter: statements are counted, not lines.'],
  },
  option: 'max-statements',
  defaultThreshold: 50,
  optionDescription: 'Report functions with more statements than this.',
  measure: (m) => m.statements,
  describe: (m, v) => `\`${m.name}\` has ${counted(v, 'statement')}`,
});
