// city-forms AgendaForm (huarong) with 20 consultation rows; keystrokes go into 议题名称.
import { AgendaForm } from '@city-forms/react/agenda';
import { huarong } from '@city-forms/rules/cities/huarong';
import '@city-forms/react/styles.css';
import { byLabel, mount } from './harness.js';
import { ROWS } from './spec.js';

const defaults = { involvesOtherUnits: true, consultations: ROWS.map((r) => ({ ...r, countersigned: false })) };
mount(<AgendaForm city={huarong} locale="zh-CN" defaultValues={defaults} onSubmit={(d) => console.log(d)} />, byLabel('议题名称'));
