import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import LawLibrary from './LawLibrary.tsx';
import LegalMatch from './LegalMatch.tsx';

/**
 * 法律法规: browse the law library (laws, chapters, articles), search the article texts, and
 * match a hazard description to the violation catalogue (法条自动对应). The state lives in the
 * URL (?tab=match, ?law=slug&article=N, ?q=…), so links to a provision can be shared.
 */
export default function LawsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'match' ? 'match' : 'library';

  return (
    <Card variant="borderless">
      <h1 className="page-title">法律法规</h1>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'match' ? { tab: 'match' } : {}, { replace: true })}
        items={[
          { key: 'library', label: '法规库与检索', children: <LawLibrary /> },
          { key: 'match', label: '法条自动对应', children: <LegalMatch /> },
        ]}
        destroyOnHidden
      />
    </Card>
  );
}
