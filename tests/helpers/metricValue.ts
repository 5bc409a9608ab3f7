/** Reads one sample of a Prometheus metric from `GET /metrics` (labels as written, e.g. `{code="4400"}`). */
export async function metricValue(httpUrl: string, name: string, labels = ''): Promise<number> {
  const response = await fetch(`${httpUrl}/metrics`)
  const text = await response.text()
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}${labels} `))
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1))
}
