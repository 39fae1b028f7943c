/**
 * 打开的工程的版本（core/project/versions.ts）：保存为版本、列出、取出。版本不进撤销历史（撤销不会删掉一个版本）；
 * “恢复为此版本”改的是通报，经 DocumentStore 记入同一份历史，可以撤销。
 */
import type { Notice } from '../../core/model'
import {
  addVersion,
  freshVersions,
  type ProjectVersions,
  type Version,
  versionOfNotice,
  nextVersionName,
} from '../../core/project/versions'
import { Listeners } from '../app/external-value'

export class VersionStore {
  private project: ProjectVersions
  private readonly listeners = new Listeners()

  constructor(project: ProjectVersions | undefined) {
    this.project = project ?? freshVersions()
  }

  readonly subscribe = this.listeners.subscribe

  readonly get = (): ProjectVersions => this.project

  /** 把当前通报存为一个版本；保存工程文件时随之写入。 */
  save(notice: Notice, name: string, auto = false): Version {
    const { project, version } = addVersion(this.project, notice, name, { auto })
    this.project = project
    this.listeners.notify()
    return version
  }

  /** 当前通报所在的版本；没有时自动存一个（导出送审稿时：审阅稿合并回来要认得出它）。 */
  ensure(notice: Notice, stem: string): Version {
    return versionOfNotice(this.project, notice) ?? this.save(notice, nextVersionName(this.project, stem), true)
  }
}
