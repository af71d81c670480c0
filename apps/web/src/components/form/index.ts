// The one form kit: every form of the app is built from these parts (see README.md).
export { type Choice } from './ChoiceGroup';
export { dateProblem, isAtOrBelow, withoutPath, type DateRule } from './checks';
export { useFormContext, type Errors } from './context';
export { bindValue, FieldErrorText, Hint, useField, type FieldProps } from './FieldFrame';
export { focusFirstError, focusPath } from './focus';
export { Form } from './Form';
export { LeaveDialog, useLeaveWarning } from './LeaveWarning';
export { NamedOptions } from './NamedOptions';
export { mapServerErrors, type ServerErrorOptions } from './serverErrors';
export { useFormSubmit, type FormController, type FormSubmitOptions } from './useFormSubmit';
