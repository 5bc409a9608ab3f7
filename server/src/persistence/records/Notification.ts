import { z } from 'zod'

/** An in-app notification of one account. */
export const notificationSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  /** What it is about (`proposition-outil`…). */
  kind: z.string().min(1).max(100),
  /** In French, shown as is. */
  message: z.string().min(1).max(1000),
  /** Path in the web app to open. */
  link: z.string().startsWith('/').max(2000),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().optional(),
})
export type Notification = z.infer<typeof notificationSchema>
