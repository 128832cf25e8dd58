import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Catalogue } from "../i18n/index.ts";
import { describeError } from "../state/describe-error.ts";

/** A failure, said plainly with what to do next; announced to screen readers as it appears. */
export function Problem({
  t,
  error,
  onDismiss,
  onRetry,
}: {
  t: Catalogue;
  error: unknown;
  onDismiss?: () => void;
  onRetry?: () => void;
}) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {describeError(error, t)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          onDismiss && (
            <Button
              appearance="transparent"
              aria-label={t.errorDismiss}
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          )
        }
      >
        {onRetry && <Button onClick={onRetry}>{t.errorRetry}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
