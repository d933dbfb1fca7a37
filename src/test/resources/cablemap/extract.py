# Extracts heuer/cablemap's reader test tables (commit 42066c8) into JSON data files.
import json, sys, types, os
class Stub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith('__'): raise AttributeError(name)
        return lambda *a, **k: None
for m in ['nose', 'nose.tools', 'cablemap', 'cablemap.core', 'cablemap.core.reader', 'cablemap.core.models',
          'cablemap.core.consts', 'cablemap.core.c14n']:
    sys.modules[m] = Stub(m)
class Reference:
    def __init__(self, value, kind, enum=None): self.value, self.kind, self.enum = value, kind, enum
class Recipient:
    def __init__(self, route, name, precedence=None, mcn=None, excluded=None): self.route, self.name, self.precedence = route, name, precedence
sys.modules['cablemap.core.models'].Reference = Reference
sys.modules['cablemap.core.models'].Recipient = Recipient
consts = sys.modules['cablemap.core.consts']
consts.REF_KIND_CABLE, consts.REF_KIND_EMAIL, consts.REF_KIND_BOOK, consts.REF_KIND_TEL, consts.REF_KIND_REPORT = 'cable', 'email', 'book', 'tel', 'report'
consts.INVALID_CABLE_IDS = {}; consts.MALFORMED_CABLE_IDS = {}
sys.modules['cablemap.core'].consts = consts

def load(name):
    g = {'__name__': 'x', '__file__': '/tmp/cm/' + name}
    src = open('/tmp/cm/' + name, encoding='utf-8').read().replace('ur\'', 'r\'').replace('ur"', 'r"')
    exec(compile(src, name, 'exec'), g)
    return g
SRC = 'heuer/cablemap@42066c8fc2972d237a2c35578e14525aaf705f38 cablemap.core/tests/'
out = '/work/wt-parser/src/test/resources/cablemap/'
def write(field, cases):
    for i, c in enumerate(cases, 1):
        c['id'] = '%s-%03d' % (field, i)
    with open(out + field + '.json', 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
    print(field, len(cases))

g = load('test_reader_tags.py')
write('tags', [dict(source=SRC + 'test_reader_tags.py _TEST_DATA', input=c, expected=e) for c, e in g['_TEST_DATA']]
      + [dict(source=SRC + 'test_reader_tags.py _TEST_DATA_NO_C14N', input=c, expected=e, options={'canonicalize': False}) for c, e in g['_TEST_DATA_NO_C14N']]
      + [dict(source=SRC + 'test_reader_tags.py _TEST_DATA_BY_ID', cable=r, expected=e) for r, e in g['_TEST_DATA_BY_ID']])

refs = []
g = load('test_reader_references.py')
for t in g['_TEST_DATA']:
    if len(t) == 4: c, y, rid, e = t
    else: (c, y, e), rid = t, None
    refs.append(dict(source=SRC + 'test_reader_references.py _TEST_DATA', input=c, year=y, refId=rid, expected=e))
for rid, (c, y, e) in sorted(g['_TRIPOLI_TESTS'].items()):
    refs.append(dict(source=SRC + 'test_reader_references.py _TRIPOLI_TESTS', input=c, year=y, refId=rid, expected=e))
g = load('test_reader_references_ng.py')
for c, y, e in g['_TEST_DATA']:
    refs.append(dict(source=SRC + 'test_reader_references_ng.py _TEST_DATA', input=c, year=y,
                     expected=[r.value for r in e if r.kind == 'cable'],
                     expectedAll=[dict(value=r.value, kind=r.kind, letter=r.enum) for r in e]))
g = load('test_reference_oddities.py')
for rid, e in g['_TEST_DATA']:
    refs.append(dict(source=SRC + 'test_reference_oddities.py _TEST_DATA', cable=rid, expected=e))
write('references', refs)

g = load('test_reader_signers.py')
sig = []
for t in g['_TEST_DATA']:
    e, c = t[0], t[1]; c14n = t[2] if len(t) > 2 else False
    sig.append(dict(source=SRC + 'test_reader_signers.py _TEST_DATA', input=c, expected=list(e) if isinstance(e, tuple) else [e], options={'canonicalize': c14n}))
for e, rid, c14n in g['_TEST_CABLES']:
    sig.append(dict(source=SRC + 'test_reader_signers.py _TEST_CABLES', cable=rid, expected=list(e) if isinstance(e, tuple) else [e], options={'canonicalize': c14n}))
write('signers', sig)

g = load('test_reader_subject.py')
sub = []
for t in g['_TEST_DATA']:
    if len(t) == 3: c, clean, e = t
    else: (c, e), clean = t, True
    sub.append(dict(source=SRC + 'test_reader_subject.py _TEST_DATA', input=c, expected=e, options={'clean': clean}))
write('subjects', sub)

g = load('test_reader_summary.py')
write('summaries', [dict(source=SRC + 'test_reader_summary.py _TEST_DATA', input=c, expected=e) for c, e in g['_TEST_DATA']])

g = load('test_reader_classified_by.py')
cb = []
for t in g['_TEST_DATA']:
    rid, e, c = t[0], t[1], t[2]; norm = t[3] if len(t) > 3 else False
    cb.append(dict(source=SRC + 'test_reader_classified_by.py _TEST_DATA', refId=rid, input=c,
                   expected=list(e) if isinstance(e, tuple) else [e], options={'normalize': norm}))
for t in g['_TEST_CABLES']:
    rid, e = t[0], t[1]
    cb.append(dict(source=SRC + 'test_reader_classified_by.py _TEST_CABLES', cable=rid, expected=list(e) if isinstance(e, tuple) else [e]))
write('classified-by', cb)

rec = []
g = load('test_reader_recipients.py')
for t in g['_TEST_DATA']:
    c, e = t[0], t[-1]
    rec.append(dict(source=SRC + 'test_reader_recipients.py _TEST_DATA', header=c, list='to', expected=[dict(name=r.name, precedence=r.precedence) for r in e]))
g = load('test_reader_info_recipients.py')
for t in g['_TEST_DATA']:
    c, e = t[0], t[-1]
    rec.append(dict(source=SRC + 'test_reader_info_recipients.py _TEST_DATA', header=c, list='info', expected=[dict(name=r.name, precedence=r.precedence) for r in e]))
write('recipients', rec)

g = load('test_c14n_id_c14n.py')
write('canonical-ids', [dict(source=SRC + 'test_c14n_id_c14n.py _TEST_DATA', input=a, expected=b) for a, b in g['_TEST_DATA']])

g = load('test_reader_nondisclosure_deadline.py')
write('declassify-on', [dict(source=SRC + 'test_reader_nondisclosure_deadline.py _TEST_DATA', input=a, expected=b) for a, b in g['_TEST_DATA']])
