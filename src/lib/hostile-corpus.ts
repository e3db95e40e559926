/*
 * Hostile inputs for the markdown renderers and sanitizer: script-capable
 * HTML, mutation-XSS (mXSS) shapes, unsafe URL schemes in every link form
 * markdown has (obfuscated with entities, case, whitespace and control
 * characters), attribute breakouts and unicode tricks. Each payload is typed as
 * a person could type it into a comment or a review body. Used by
 * sanitizer.hostile.test.ts and by later end-to-end checks.
 */

export interface HostilePayload {
  /** Unique, readable id: `<category>/<name>`. */
  id: string;
  category: 'scheme' | 'html' | 'mxss' | 'markdown' | 'attribute' | 'unicode' | 'style' | 'comment';
  input: string;
}

/** Unsafe link targets, each obfuscated a different way. */
const UNSAFE_URLS: readonly [name: string, url: string][] = [
  ['javascript', 'javascript:alert(1)'],
  ['mixed-case', 'JaVaScRiPt:alert(1)'],
  ['leading-space', ' javascript:alert(1)'],
  ['tab-inside', 'java\tscript:alert(1)'],
  ['newline-inside', 'java\nscript:alert(1)'],
  ['cr-inside', 'java\rscript:alert(1)'],
  ['entity-tab', 'java&#x09;script:alert(1)'],
  ['entity-newline', 'jav&#x0A;ascript:alert(1)'],
  ['entity-first-letter', '&#106;avascript:alert(1)'],
  ['hex-entity-first-letter', '&#x6A;avascript:alert(1)'],
  ['entity-colon', 'javascript&colon;alert(1)'],
  ['entity-middle', 'javas&#99;ript:alert(1)'],
  [
    'padded-entities',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  ],
  ['all-hex-entities', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)'],
  ['control-char-prefix', '\u0001javascript:alert(1)'],
  ['percent-encoded-body', 'javascript:%61lert(1)'],
  ['comment-newline', 'javascript://%0aalert(1)'],
  ['zero-width', 'java\u200bscript:alert(1)'],
  ['fullwidth', 'ｊａｖａｓｃｒｉｐｔ:alert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['vbscript-case', 'VBScript:MsgBox(1)'],
  ['livescript', 'livescript:alert(1)'],
  ['data-html-base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data-html', 'data:text/html,<script>alert(1)</script>'],
  ['data-svg-upper', 'DATA:image/svg+xml,<svg onload=alert(1)>'],
  ['file', 'file:///etc/passwd'],
  ['protocol-relative', '//evil.example/steal'],
  [
    'polyglot',
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  ],
];

const linkForms: readonly [form: string, make: (url: string) => string][] = [
  ['inline', (url) => `[click me](${url})`],
  ['reference', (url) => `[click me][ref]\n\n[ref]: ${url}`],
  ['html-anchor', (url) => `<a href="${url}">click me</a>`],
];

/** Forms that only make sense for some URLs (no newlines in angle brackets). */
const extraForms: readonly [form: string, make: (url: string) => string][] = [
  ['angle-inline', (url) => `[click me](<${url}>)`],
  ['image', (url) => `![click me](${url})`],
  ['autolink', (url) => `<${url}>`],
  ['img-src', (url) => `<img src="${url}">`],
];

const schemePayloads: HostilePayload[] = [
  ...UNSAFE_URLS.flatMap(([name, url]) =>
    linkForms.map(([form, make]): HostilePayload => ({
      id: `scheme/${name}/${form}`,
      category: 'scheme',
      input: make(url),
    })),
  ),
  ...UNSAFE_URLS.filter(([, url]) => !/[\s<>]/.test(url)).flatMap(([name, url]) =>
    extraForms.map(([form, make]): HostilePayload => ({
      id: `scheme/${name}/${form}`,
      category: 'scheme',
      input: make(url),
    })),
  ),
];

const handWritten: [id: string, category: HostilePayload['category'], input: string][] = [
  // Plain script-capable HTML.
  ['script', 'html', '<script>alert(1)</script>'],
  ['script-src', 'html', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['script-split', 'html', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['img-onerror', 'html', '<img src=x onerror=alert(1)>'],
  ['img-onerror-quoted', 'html', '<img src="x" onerror="alert(1)"/>'],
  ['img-eval-src', 'html', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['img-srcset', 'html', '<img srcset="x 1x, javascript:alert(1) 2x">'],
  [
    'picture-source',
    'html',
    '<picture><source srcset="javascript:alert(1)"><img src="https://ok.example/a.png"></picture>',
  ],
  ['svg-onload', 'html', '<svg onload=alert(1)>'],
  ['svg-slash-onload', 'html', '<svg/onload=alert(1)//'],
  ['svg-script', 'html', '<svg><script>alert(1)</script></svg>'],
  [
    'svg-xlink',
    'html',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>',
  ],
  ['svg-animate', 'html', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
  [
    'svg-set-href',
    'html',
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text y="20">click</text></a></svg>',
  ],
  [
    'svg-use-data',
    'html',
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
  ],
  [
    'svg-foreignobject',
    'html',
    '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
  ],
  ['iframe-js', 'html', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe-srcdoc', 'html', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe-srcdoc-entities', 'html', '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>'],
  ['frameset', 'html', '<frameset><frame src="javascript:alert(1)"></frameset>'],
  ['object-js', 'html', '<object data="javascript:alert(1)"></object>'],
  [
    'object-data',
    'html',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  ],
  ['embed-js', 'html', '<embed src="javascript:alert(1)">'],
  ['embed-svg', 'html', '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['link-import', 'html', '<link rel=import href="data:text/html,<script>alert(1)</script>">'],
  ['link-stylesheet', 'html', '<link rel="stylesheet" href="javascript:alert(1)">'],
  ['meta-refresh', 'html', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['meta-charset', 'html', '<meta charset="x-imap4-modified-utf7">+ADw-script+AD4-alert(1)+ADw-/script+AD4-'],
  ['base-js', 'html', '<base href="javascript:alert(1)//">'],
  ['base-hijack', 'html', '<base href="https://evil.example/">[relative](/x)'],
  ['form-action', 'html', '<form action="javascript:alert(1)"><input type=submit></form>'],
  ['button-formaction', 'html', '<form><button formaction="javascript:alert(1)">go</button></form>'],
  ['input-autofocus', 'html', '<input onfocus=alert(1) autofocus>'],
  ['details-ontoggle', 'html', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['body-onload', 'html', '<body onload=alert(1)>'],
  ['video-source', 'html', '<video><source onerror="alert(1)"></video>'],
  ['audio-onerror', 'html', '<audio src=x onerror=alert(1)>'],
  ['marquee', 'html', '<marquee onstart=alert(1)>hi</marquee>'],
  ['isindex', 'html', '<isindex type=image src=1 onerror=alert(1)>'],
  [
    'table-background',
    'html',
    '<table background="javascript:alert(1)"><tr><td background=javascript:alert(1)>x</td></tr></table>',
  ],
  ['textarea', 'html', '<textarea><script>alert(1)</script></textarea>'],
  ['title', 'html', '<title><script>alert(1)</script></title>'],
  ['custom-element', 'html', '<custom-el onclick=alert(1)>custom</custom-el>'],
  ['unknown-element', 'html', '<x onclick=alert(1)>x</x>'],
  [
    'anchor-ping',
    'html',
    '<a href="https://ok.example" ping="https://evil.example" target="_self" rel="opener">x</a>',
  ],
  ['fake-spoiler', 'html', '<span class="spoiler" data-spoiler onclick=alert(1)>x</span>'],
  ['data-attribute', 'html', '<div data-bind="alert(1)" aria-label="x" id="header" name="x">x</div>'],

  // Mutation XSS: shapes that change meaning when serialised and parsed again.
  ['math-mglyph-style', 'mxss', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['math-mi-xlink', 'mxss', '<math><mi//xlink:href="data:x,<script>alert(4)</script>">'],
  [
    'form-math-nesting',
    'mxss',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ],
  ['svg-p-style', 'mxss', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['noscript-title', 'mxss', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['style-img', 'mxss', '<style><img src=x onerror=alert(1)></style>'],
  ['style-import', 'mxss', "<style>@import 'javascript:alert(1)';</style>"],
  ['template-script', 'mxss', '<template><script>alert(1)</script></template>'],
  ['template-img', 'mxss', '<template><img src=x onerror=alert(1)></template>'],
  ['select-template', 'mxss', '<select><template><img src=x onerror=alert(1)></template></select>'],
  ['xmp', 'mxss', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['plaintext', 'mxss', '<plaintext><img src=x onerror=alert(1)>'],
  ['noembed', 'mxss', '<noembed><img src=x onerror=alert(1)></noembed>'],
  ['math-href', 'mxss', '<math href="javascript:alert(1)">x</math>'],
  [
    'math-maction',
    'mxss',
    '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">x</maction></math>',
  ],
  ['svg-style', 'mxss', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  ['cdata', 'mxss', '<![CDATA[<script>alert(1)</script>]]>'],
  ['processing-instruction', 'mxss', '<?xml version="1.0"?><script>alert(1)</script>'],
  ['backtick-attr', 'mxss', '<img src=`x` onerror=alert(1)>'],

  // HTML comment tricks.
  ['comment-short-close', 'comment', '<!--><img src=x onerror=alert(1)>-->'],
  ['comment-bang-close', 'comment', '<!-- --!><img src=x onerror=alert(1)> -->'],
  ['comment-in-attr', 'comment', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['comment-conditional', 'comment', '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->'],
  ['comment-unclosed', 'comment', '<!-- <script>alert(1)</script>'],

  // Attribute breakouts.
  ['close-and-script', 'attribute', '"><script>alert(1)</script>'],
  ['single-close-img', 'attribute', "'><img src=x onerror=alert(1)>"],
  ['title-breakout', 'attribute', '<a title=\'x"onmouseover="alert(1)\'>x</a>'],
  ['link-url-quote', 'attribute', '[x](https://example.com/"onmouseover="alert(1))'],
  ['link-title-quote', 'attribute', '[x](https://example.com "title\\" onmouseover=\\"alert(1)")'],
  ['image-alt-quote', 'attribute', '![x" onerror="alert(1)](https://example.com/a.png)'],
  ['autolink-quote', 'attribute', '<https://example.com/" onmouseover="alert(1)>'],
  ['www-breakout', 'attribute', 'www.example.com/"><script>alert(1)</script>'],
  ['odd-space-event', 'attribute', '<a onmouseover  =  alert(1)>x</a>'],
  ['tab-event', 'attribute', '<a onmouseover\t=alert(1)>x</a>'],
  ['newline-event', 'attribute', '<a\nonclick=alert(1)>x</a>'],
  ['slash-event', 'attribute', '<p/onclick=alert(1)>x</p>'],
  ['quotes-event', 'attribute', '<b """ onclick=alert(1)>x</b>'],
  ['slash-href', 'attribute', '<a/href="javascript:alert(1)">x</a>'],
  ['entity-whitespace-href', 'attribute', '<a href=" &#14;  javascript:alert(1)">x</a>'],
  ['unquoted-entity-href', 'attribute', '<a href=javascript&colon;alert(1)>x</a>'],
  ['safe-link-with-handler', 'attribute', '<a href="https://ok.example" onclick="alert(1)">x</a>'],

  // Style.
  ['style-url', 'style', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['style-expression', 'style', '<div style="width: expression(alert(1));">x</div>'],
  ['style-behavior', 'style', '<p style="behavior:url(x.htc)">x</p>'],
  ['style-overlay', 'style', '<a href="https://ok.example" style="position:fixed;inset:0">x</a>'],
  ['style-escaped', 'style', '<div style="background:u\\72l(javascript:alert(1))">x</div>'],

  // Markdown shapes carrying HTML.
  ['fence-breakout', 'markdown', '```\n</code></pre><script>alert(1)</script>\n```'],
  ['fence-lang', 'markdown', '```"><img src=x onerror=alert(1)>\ncode\n```'],
  ['codespan', 'markdown', '`<script>alert(1)</script>`'],
  ['spoiler-img', 'markdown', '||<img src=x onerror=alert(1)>||'],
  ['spoiler-link', 'markdown', '||[x](javascript:alert(1))||'],
  ['spoiler-unclosed', 'markdown', '||<svg onload=alert(1)>'],
  ['strong-svg', 'markdown', '**<svg onload=alert(1)>**'],
  ['quote-iframe', 'markdown', '> <iframe src=javascript:alert(1)>'],
  ['nested-quotes', 'markdown', '> > > <script>alert(1)</script>\n> > [x](javascript:alert(1))'],
  ['list-img', 'markdown', '- <img src=x onerror=alert(1)>\n- [ ] <b onclick=alert(1)>task</b>'],
  ['link-text-img', 'markdown', '[<img src=x onerror=alert(1)>](https://example.com)'],
  ['link-then-script', 'markdown', '[x](https://example.com)<script>alert(1)</script>'],
  ['heading-script', 'markdown', '# <script>alert(1)</script>\n## <img src=x onerror=alert(1)>'],
  ['setext-heading', 'markdown', '<svg onload=alert(1)>\n==='],
  ['reference-shortcut', 'markdown', '[x]\n\n[x]: javascript:alert(1)'],
  ['link-with-title', 'markdown', '[x](javascript:alert(1) "title")'],
  ['link-padded', 'markdown', '[x](   javascript:alert(1)   )'],
  ['link-unclosed', 'markdown', '[x](javascript:alert(1)'],
  ['link-nested-parens', 'markdown', '[x](javascript:alert((1)))'],
  ['escaped-tags', 'markdown', '\\<script\\>alert(1)\\</script\\>'],
  ['entity-tags', 'markdown', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['numeric-entity-tags', 'markdown', '&#60;img src=x onerror=alert(1)&#62;'],
  ['double-encoded', 'markdown', '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;'],
  ['html-block', 'markdown', '<div>\n\n*md* <img src=x onerror=alert(1)>\n\n</div>'],
  ['table-cell', 'markdown', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['image-in-link', 'markdown', '[![x](javascript:alert(1))](javascript:alert(2))'],
  ['mailto-header-injection', 'markdown', '[mail](mailto:a@example.com?body=<script>alert(1)</script>)'],
  ['email-autolink-html', 'markdown', 'a@example.com<img src=x onerror=alert(1)>'],

  // Unicode tricks.
  ['rtl-override-link', 'unicode', '[x](\u202ejavascript:alert(1))'],
  ['rtl-override-text', 'unicode', '[\u202egnp.exe](https://example.com/)'],
  ['zero-width-tag', 'unicode', '<scr\u200bipt>alert(1)</scr\u200bipt>'],
  ['fullwidth-brackets', 'unicode', '＜script＞alert(1)＜/script＞'],
  ['dotted-i', 'unicode', '<scrİpt>alert(1)</scrİpt>'],
  ['line-separator-scheme', 'unicode', '[x](javascript\u2028:alert(1))'],
  ['nbsp-scheme', 'unicode', '[x](\u00a0javascript:alert(1))'],
  ['bom-scheme', 'unicode', '[x](\ufeffjavascript:alert(1))'],
  ['homoglyph-domain', 'unicode', '[bank](https://exаmple.com/) — Cyrillic а'],
  ['null-byte-tag', 'unicode', '<img\u0000 src=x onerror=alert(1)>'],
];

export const HOSTILE_CORPUS: readonly HostilePayload[] = [
  ...schemePayloads,
  ...handWritten.map(([id, category, input]): HostilePayload => ({
    id: `${category}/${id}`,
    category,
    input,
  })),
];
