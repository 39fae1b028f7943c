/**
 * 哪些文档正在别的标签页里编辑：每个标签页对自己正在编辑的文档（docKey）持有一把 Web Lock，
 * 标签页关闭或崩溃时浏览器自动释放。恢复列表只列出没有人持锁的副本——还开着的文档不算“未保存就关闭了”，
 * 别的标签页也就无从恢复它、再把它的副本删掉。
 * 没有 Web Locks 的浏览器（很旧的版本）里不做过滤，行为与从前一样。
 */
const PREFIX = 'tongbao-doc:'

export class DocLocks {
  private held: { key: string; release: () => void } | null = null

  constructor(private readonly locks: LockManager | undefined = globalThis.navigator?.locks) {}

  /** 本标签页现在编辑的文档：持有它的锁，放掉之前那份的（一个标签页一次只编辑一份）。 */
  hold(key: string): Promise<boolean> {
    if (this.held?.key === key) return Promise.resolve(true)
    this.release()
    const locks = this.locks
    if (!locks) return Promise.resolve(true)
    return new Promise<boolean>((granted) => {
      let release!: () => void
      const holding = new Promise<void>((r) => (release = r))
      const entry = { key, release }
      this.held = entry
      void locks.request(PREFIX + key, { ifAvailable: true }, async (lock) => {
        if (!lock) {
          // 别的标签页正编辑着它。
          if (this.held === entry) this.held = null
          granted(false)
          return
        }
        granted(true)
        await holding
      })
    })
  }

  /** 放掉本标签页持有的锁（文档已保存并丢弃副本，或换了文档）。 */
  release(key?: string): void {
    if (!this.held || (key !== undefined && this.held.key !== key)) return
    this.held.release()
    this.held = null
  }

  /** 别的标签页正在编辑的文档。 */
  async heldElsewhere(): Promise<Set<string>> {
    if (!this.locks) return new Set()
    const state = await this.locks.query()
    const mine = this.held ? PREFIX + this.held.key : null
    return new Set(
      [...(state.held ?? []), ...(state.pending ?? [])]
        .map((l) => l.name ?? '')
        .filter((name) => name.startsWith(PREFIX) && name !== mine)
        .map((name) => name.slice(PREFIX.length)),
    )
  }
}
