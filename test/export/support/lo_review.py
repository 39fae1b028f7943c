#!/usr/bin/env python3
"""lo_review.py OUTDIR FILE.docx... — LibreOffice (UNO) reads each .docx: lists its tracked changes
(type, author, date, text), accepts all of them (.uno:AcceptAllTrackedChanges, as the user's
'Accept All'), and writes OUTDIR/<stem>.accepted.odt and OUTDIR/<stem>.pdf of the accepted document.
Prints one JSON object keyed by file name. (Files with comments crash LibreOffice 7.4 on close over UNO;
the tests read those from a converted .odt instead.)
A file without tracked changes is rendered as is, so a normal export goes through the very same path.
Env: FONTCONFIG_FILE (the test fontconfig), PROFILE (a fresh LibreOffice user directory)."""
import json, os, subprocess, sys, time, uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(600):
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.2)
    raise RuntimeError('LibreOffice did not start')


def range_text(doc, start, end):
    cursor = start.getText().createTextCursorByRange(start)
    cursor.gotoRange(end, True)
    return cursor.getString()


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    pipe = 'tongbao' + uuid.uuid4().hex
    profile = os.environ['PROFILE']
    office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', f'-env:UserInstallation=file://{profile}',
                               f'--accept=pipe,name={pipe};urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result = {}
    try:
        ctx = connect(pipe)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        dispatcher = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
        for path in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))
            redlines = []
            enum = doc.getRedlines().createEnumeration()
            while enum.hasMoreElements():
                r = enum.nextElement()
                d = r.getPropertyValue('RedlineDateTime')
                redlines.append({
                    'type': r.getPropertyValue('RedlineType'),
                    'author': r.getPropertyValue('RedlineAuthor'),
                    'date': f'{d.Year:04d}-{d.Month:02d}-{d.Day:02d}T{d.Hours:02d}:{d.Minutes:02d}:{d.Seconds:02d}',
                    'text': range_text(doc, r.getPropertyValue('RedlineStart'), r.getPropertyValue('RedlineEnd')),
                })
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, '.uno:AcceptAllTrackedChanges', '', 0, ())
            remaining = doc.getRedlines().createEnumeration().hasMoreElements()
            stem = os.path.splitext(os.path.basename(path))[0]
            # The accepted document is saved and opened again before printing: right after 'Accept All'
            # LibreOffice 7.4 keeps some line layout of the removed text (page breaks one line off), while
            # the saved content is exactly the accepted text. Every file, normal export included, takes this path.
            odt = uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), stem + '.accepted.odt'))
            doc.storeToURL(odt, (prop('FilterName', 'writer8'),))
            doc.close(True)
            doc = desktop.loadComponentFromURL(odt, '_blank', 0, (prop('Hidden', True),))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), stem + '.pdf')), (prop('FilterName', 'writer_pdf_Export'),))
            doc.close(True)
            result[os.path.basename(path)] = {'redlines': redlines, 'remainingAfterAccept': remaining}
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=60)
        except Exception:
            office.kill()
    print(json.dumps(result, ensure_ascii=False))


main()
