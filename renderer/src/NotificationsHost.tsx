import { Notifications } from '@mantine/notifications';
// after the Mantine components it is built on, whose styles come with them
import '@mantine/notifications/styles.css';

/** Where notifications appear: a chunk of its own, mounted after the first paint (App.tsx). */
export function NotificationsHost() {
  return <Notifications />;
}
