/**
 * `ALLOWED_HOSTS` with `"*"` in a Django settings module: any Host header is accepted. CodeQL has
 * no query for the class; graded as a medium-severity pattern (5.5, the Bandit scale's Medium).
 */
import { namedChildrenOf, stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { defineRule } from '../define';
import { SECURITY_SEVERITY } from '../severity';
import { djangoSettings, webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'pattern',
  family: 'host-header',
  reference: { name: 'a medium-severity pattern on the Bandit scale (CodeQL has no query for this class)', score: SECURITY_SEVERITY.MEDIUM },
  why: 'It is harmful only where Django builds URLs from the Host header and nothing in front of it checks the host.',
});

export const djangoAllowedHostsAny = defineRule({
  meta: {
    id: 'django-allowed-hosts-any',
    name: 'DjangoAllowedHostsAny',
    kind: 'security',
    shortDescription: 'A Django settings module accepts any Host header (ALLOWED_HOSTS = ["*"])',
    fullDescription:
      'ALLOWED_HOSTS holds "*", so Django accepts requests whatever their Host header says. URLs Django builds from the request (password-reset links, absolute redirects) can then point to a host the attacker chose.',
    category: 'web-configuration',
    aliases: [],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [20],
  },
  docs: {
    title: 'Django ALLOWED_HOSTS accepts any host',
    why:
      'Django checks the Host header against `ALLOWED_HOSTS` because it trusts it to build absolute URLs (`request.build_absolute_uri()`, the links of password-reset emails). With `"*"` an attacker sends a reset request with `Host: evil.example`, ' +
      "and the victim's email links to the attacker's site with a valid token. Behind a proxy that checks hosts it may be harmless, which is why this is Medium.",
    example: 'ROOT_URLCONF = "site.urls"\nALLOWED_HOSTS = ["*"]\n',
    fix: 'List the host names the site answers to: `ALLOWED_HOSTS = ["www.example.com", ".example.com"]`, or read them from the environment.',
    fixed: 'ROOT_URLCONF = "site.urls"\nALLOWED_HOSTS = ["www.example.com", ".example.com"]\n',
    notReported: ['`ALLOWED_HOSTS` computed at run time.', 'Modules that are not Django settings modules.'],
    more: GRADING.more,
  },
  create(context) {
    return {
      end() {
        for (const s of djangoSettings(context.path, context.tree.node(0))) {
          const list = unparenthesize(s.value);
          if (s.name !== 'ALLOWED_HOSTS' || (list.type !== 'list' && list.type !== 'tuple')) continue;
          if (namedChildrenOf(list).some((item) => stringLiteralValue(item) === '*'))
            context.report(s.statement, '`ALLOWED_HOSTS` accepts any host: URLs Django builds from the Host header can point to a host an attacker chose');
        }
      },
    };
  },
});
