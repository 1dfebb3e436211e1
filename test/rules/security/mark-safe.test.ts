/** mark_safe, SafeString and Markup: none on values just escaped (B703, B704). */
import { djangoMarkSafe } from '../../../src/rules/security/django-mark-safe';
import { unsafeMarkupUse } from '../../../src/rules/security/unsafe-markup-use';
import { ALL_RULES } from '../../../src/rules';
import { hits, lines } from './helpers';

describe('mark_safe and Markup', () => {
  test('values just escaped are not reported', async () => {
    const src = lines(
      'from django.utils.safestring import mark_safe, SafeString',
      'from django.utils.html import escape, conditional_escape, format_html',
      'from django.utils import html as dj_html',
      'import markupsafe, bleach',
      'mark_safe(escape(x))',
      'mark_safe(format_html("<b>{}</b>", x))',
      'SafeString(conditional_escape(x))',
      'mark_safe(dj_html.format_html_join("\\n", "<li>{}</li>", rows))',
      'mark_safe("<b>" + escape(x) + "</b>")',
      'mark_safe("<b>%s</b>" % escape(x))',
      'mark_safe("<b>%s</b><i>%s</i>" % (escape(a), escape(b)))',
      'mark_safe("<b>{}</b>".format(escape(x)))',
      'mark_safe(f"<b>{escape(x)}</b>")',
      'mark_safe(bleach.clean(text))',
      'markupsafe.Markup(markupsafe.escape(x))',
    );
    expect(await hits([djangoMarkSafe, unsafeMarkupUse], src)).toEqual([]);
  });

  test('values escaped only in part, or by a function of another name, are reported', async () => {
    const src = lines(
      'from django.utils.safestring import mark_safe',
      'from django.utils.html import escape',
      'from markupsafe import Markup',
      'mark_safe(escape(a) + b)',
      'mark_safe("<b>%s</b><i>%s</i>" % (escape(a), b))',
      'mark_safe(f"<b>{escape(a)}</b>{b}")',
      'mark_safe(f"<b>{escape(a)!r}</b>")',
      'mark_safe(my_escape(a))',
      'mark_safe("{}".format(escape(a), b))',
      'Markup(f"<b>{name}</b>")',
      'Markup(escape(a) + b)',
    );
    expect(await hits([djangoMarkSafe, unsafeMarkupUse], src)).toEqual([
      'django-mark-safe@4',
      'django-mark-safe@5',
      'django-mark-safe@6',
      'django-mark-safe@7',
      'django-mark-safe@8',
      'django-mark-safe@9',
      'unsafe-markup-use@10',
      'unsafe-markup-use@11',
    ]);
  });

  test('one alert per mark_safe call: B703 on a value built at run time, B308 on a literal, none when escaped', async () => {
    const b308 = ALL_RULES.find((r) => r.meta.id === 'django-mark-safe-call')!;
    const src = lines(
      'from django.utils.safestring import mark_safe',
      'from django.utils.html import escape',
      'mark_safe("<b>%s</b>" % comment.text)',
      'mark_safe("<b>Welcome</b>")',
      'mark_safe(escape(comment.text))',
    );
    expect(await hits([djangoMarkSafe, b308], src)).toEqual(['django-mark-safe@3', 'django-mark-safe-call@4']);
  });
});
