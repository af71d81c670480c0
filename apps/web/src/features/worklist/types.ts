import type { z } from 'zod';
import type { notification, notifications, worklist, worklistItem } from '@vardflata/contracts';

// Type-only imports: nothing of zod reaches the browser bundle.
export type Worklist = z.infer<typeof worklist>;
export type WorklistItem = z.infer<typeof worklistItem>;
export type WorklistKind = WorklistItem['kind'];
export type Notification = z.infer<typeof notification>;
export type Notifications = z.infer<typeof notifications>;
export type Scope = 'mine' | 'unit';
