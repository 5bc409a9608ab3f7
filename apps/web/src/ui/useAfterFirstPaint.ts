import { useEffect, useState } from 'react'

/**
 * False until the component's first render has been painted, then true: for a detail whose cost
 * should not delay a screen's first paint. React may run effects before the browser paints, so the
 * change waits for the next frame, then for the task after it (the paint comes between the two).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: number | undefined
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        setPainted(true)
      }, 0)
    })
    return () => {
      window.cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [])
  return painted
}
