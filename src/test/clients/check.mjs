// Judges the API's Bluesky and Mastodon posts (one JSON line per answer: {path, answer}) with @atproto/api.
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { AppBskyFeedPost, RichText, lexicons } from '@atproto/api'

const MENTION = 'app.bsky.richtext.facet#mention'
const file = process.argv[2]
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
const failures = []
const counts = { answers: 0, bluesky: 0, mastodon: 0, facets: 0, links: 0, tags: 0, bareDomains: 0, mentionsLeft: 0 }

// A facet in the lexicon's shape with its keys in one order, so that two can be compared as values.
const shape = (f) => ({
  index: { byteStart: f.index.byteStart, byteEnd: f.index.byteEnd },
  features: f.features.map((x) => (x.uri !== undefined ? { $type: x.$type, uri: x.uri } : { $type: x.$type, tag: x.tag })),
})

for (const line of lines) {
  const { path, answer } = JSON.parse(line)
  counts.answers++
  const posts = answer.kind === 'thread' ? answer.posts : [answer]
  for (const post of posts) {
    const where = `${path}${posts.length > 1 ? ` part ${post.part}` : ''}`
    if (post.network === 'bluesky') {
      counts.bluesky++
      const record = post.record
      if (!record) {
        failures.push(`${where}: no record`)
        continue
      }
      if (record.text !== post.text) failures.push(`${where}: record.text is not the post text`)
      const rt = new RichText({ text: record.text })
      rt.detectFacetsWithoutResolution()
      const detected = rt.facets ?? []
      const mentions = detected.filter((f) => f.features.some((x) => x.$type === MENTION))
      counts.mentionsLeft += mentions.length
      const expected = detected.filter((f) => !mentions.includes(f)).map(shape)
      const actual = (record.facets ?? []).map(shape)
      if (!isDeepStrictEqual(actual, expected)) {
        failures.push(`${where}: facets differ from RichText's\n  api:      ${JSON.stringify(actual)}\n  richtext: ${JSON.stringify(expected)}`)
      }
      if (rt.graphemeLength !== post.length || rt.graphemeLength > 300) {
        failures.push(`${where}: RichText counts ${rt.graphemeLength} graphemes, the answer ${post.length}`)
      }
      for (const f of actual) {
        counts.facets++
        for (const x of f.features) {
          if (x.uri !== undefined) counts.links++
          else counts.tags++
        }
      }
      counts.bareDomains += actual.filter((f) => f.features.some((x) => x.uri !== undefined)).filter((f) => {
        const covered = Buffer.from(record.text, 'utf8').subarray(f.index.byteStart, f.index.byteEnd).toString('utf8')
        return !/^https?:\/\//i.test(covered)
      }).length
      // What agent.post(record) sends: createdAt added when missing, $type set by app.bsky.feed.post.create().
      const sent = { ...record, createdAt: record.createdAt || new Date().toISOString(), $type: 'app.bsky.feed.post' }
      const result = AppBskyFeedPost.validateRecord(sent)
      if (!result.success) failures.push(`${where}: app.bsky.feed.post rejects the record: ${result.error}`)
      try {
        lexicons.assertValidRecord('app.bsky.feed.post', sent)
      } catch (e) {
        failures.push(`${where}: lexicons.assertValidRecord: ${e.message}`)
      }
    } else if (post.network === 'mastodon') {
      counts.mastodon++
      const p = post.statusParams
      if (!p) {
        failures.push(`${where}: no statusParams`)
        continue
      }
      if (p.status !== post.text) failures.push(`${where}: statusParams.status is not the post text`)
      if (!['public', 'unlisted', 'private', 'direct'].includes(p.visibility)) failures.push(`${where}: visibility ${p.visibility}`)
      if (!/^[a-z]{2}$/.test(p.language)) failures.push(`${where}: language ${p.language} is not ISO 639-1`)
    }
  }
}

const pkg = JSON.parse(readFileSync(new URL('./node_modules/@atproto/api/package.json', import.meta.url)))
console.log(`client-check: @atproto/api ${pkg.version}: ${counts.answers} answers, ${counts.bluesky} Bluesky posts `
  + `(${counts.facets} facets: ${counts.links} links of which ${counts.bareDomains} bare domains, ${counts.tags} tags; `
  + `${counts.mentionsLeft} mentions left to the client), ${counts.mastodon} Mastodon posts`)
if (counts.bluesky === 0 || counts.mastodon === 0) failures.push('no Bluesky or no Mastodon post to judge')
if (failures.length) {
  console.error(`client-check: ${failures.length} failures`)
  for (const f of failures.slice(0, 40)) console.error(f)
  process.exit(1)
}
