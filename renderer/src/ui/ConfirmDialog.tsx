import { useId } from 'react';
import { Dialog } from './Dialog';

/** Asks once before a destructive action. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ids = useId();
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onCancel} describedBy={`${ids}-message`}>
      <p id={`${ids}-message`}>{props.message}</p>
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={props.onCancel} autoFocus>
          {props.cancelLabel}
        </button>
        <button type="button" className="button danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
