#!/usr/bin/python3
# 审阅稿测试 (a)：LibreOffice 开着修订记录（RecordChanges）由 UNO 改送审稿——改写、删一句、加一段（手打编号）、
# 移动一条并在移动的段里加字、删掉一条、加一条批注——再另存为 .docx。一次启动 soffice 处理 job.json 里的全部文件。
# 用法：/usr/bin/python3 lo-review.py job.json   （需要 Debian 的 python3-uno）
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(job):
    pipe = 'tongbao_review_%d' % os.getpid()
    proc = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
         '-env:UserInstallation=file://' + job['profile'],
         '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    # 机器很忙时 soffice 起得慢：一直等到连上（或进程退出）。
    while True:
        try:
            return proc, resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        except Exception:
            if proc.poll() is not None:
                raise SystemExit('soffice 没有起来')
            time.sleep(0.5)


def set_author(ctx, author):
    provider = ctx.ServiceManager.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
    access = provider.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess',
                                                 (prop('nodepath', '/org.openoffice.UserProfile/Data'),))
    access.setPropertyValue('givenname', author)
    access.setPropertyValue('sn', '')
    access.commitChanges()


def paragraphs(text):
    out = []
    e = text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService('com.sun.star.text.Paragraph'):
            out.append(p)
    return out


def find(paras, s):
    for p in paras:
        if p.getString() == s:
            return p
    raise SystemExit('找不到段落：' + s[:30])


def delete_paragraph(text, p):
    cursor = text.createTextCursorByRange(p.getStart())
    cursor.gotoEndOfParagraph(True)
    cursor.goRight(1, True)  # 连同段落标记
    cursor.setString('')


def insert_after(text, p, s):
    cursor = text.createTextCursorByRange(p.getEnd())
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, s, False)


def edit(doc, edits):
    text = doc.getText()
    paras = paragraphs(text)
    # 先按原文找到全部段落，再开修订记录逐项编辑（段落对象在别处改动后仍指向原段）。
    targets = []
    for e in edits:
        if e['op'] in ('comment', 'replace', 'insert-after'):
            targets.append((e, [find(paras, e['para'])]))
        elif e['op'] == 'move':
            targets.append((e, [find(paras, s) for s in e['paras']] + [find(paras, e['after'])]))
        elif e['op'] == 'delete':
            targets.append((e, [find(paras, s) for s in e['paras']]))
    # 批注不是修订：先加批注，再开修订记录。
    for e, ps in targets:
        if e['op'] == 'comment':
            note = doc.createInstance('com.sun.star.text.textfield.Annotation')
            note.setPropertyValue('Author', e['author'])
            note.setPropertyValue('Content', e['text'])
            cursor = text.createTextCursorByRange(ps[0].getStart())
            cursor.gotoEndOfParagraph(True)
            text.insertTextContent(cursor, note, True)
    doc.setPropertyValue('RecordChanges', True)
    for e, ps in targets:
        op = e['op']
        if op == 'replace':
            cursor = text.createTextCursorByRange(ps[0].getStart())
            cursor.goRight(e['at'], False)
            cursor.goRight(e['del'], True)
            cursor.setString(e['ins'])
        elif op == 'insert-after':
            insert_after(text, ps[0], e['text'])
        elif op == 'move':
            *moved, after = ps
            anchor = after
            # 移到目标之后（逐段插入），其中一段在新处加几个字；再删去原处。
            for s in reversed(e['paras']):
                if s == e['insertPara']:
                    s = s[:e['insertAt']] + e['insert'] + s[e['insertAt']:]
                insert_after(text, anchor, s)
            for p in moved:
                delete_paragraph(text, p)
        elif op == 'delete':
            for p in ps:
                delete_paragraph(text, p)


def main():
    job = json.load(open(sys.argv[1], encoding='utf-8'))
    proc, ctx = connect(job)
    try:
        set_author(ctx, job['author'])
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        for f in job['files']:
            # 只载入文档模型、不开视图：-nogui 版的 LibreOffice 没有批注窗口的界面文件，开着视图加批注会崩溃。
            doc = ctx.ServiceManager.createInstanceWithContext('com.sun.star.text.TextDocument', ctx)
            doc.load((prop('URL', uno.systemPathToFileUrl(f['input'])), prop('FilterName', 'MS Word 2007 XML')))
            try:
                edit(doc, f['edits'])
                doc.storeToURL(uno.systemPathToFileUrl(f['output']), (prop('FilterName', 'MS Word 2007 XML'),))
            finally:
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # terminate 时桥随之断开
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


main()
